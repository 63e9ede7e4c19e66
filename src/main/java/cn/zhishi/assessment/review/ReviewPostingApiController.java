package cn.zhishi.assessment.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to posting a review campaign's results on the public board; refusals are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/review-campaigns/{id}/posting")
@Tag(name = "review results posting", description = "评议结果公示 — post a closed quarterly campaign's results on the public board, withdraw them")
class ReviewPostingApiController {

    private final ReviewCampaigns campaigns;
    private final ReviewPostings postings;

    ReviewPostingApiController(ReviewCampaigns campaigns, ReviewPostings postings) {
        this.campaigns = campaigns;
        this.postings = postings;
    }

    record PostRequest(Integer year, Integer quarter) {
    }

    record WithdrawRequest(String reason) {
    }

    /** The campaign's posting state, what the public sees (or would see), and every posting so far. */
    record Posting(long campaignId, PostingStatus status, List<PublicResults.Line> published,
            List<ReviewPostings.PostingRecord> history) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Posting state, the published lines (rank, score and grade per aspect; nothing per rater group or ballot) and the history")
    Posting get(@PathVariable long id) {
        ReviewCampaign c = campaigns.find(id);
        return new Posting(id, c.posting(), postings.preview(id), postings.history(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Post a closed quarterly campaign's results for a quarter (409 when not closed, not quarterly or already posted)")
    ResponseEntity<Posting> post(@PathVariable long id, @RequestBody PostRequest r) {
        postings.post(id, r.year(), r.quarter());
        return ResponseEntity.status(201).body(get(id));
    }

    @PostMapping("/withdrawal")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Withdraw posted results from the public board, with a reason (409 when not posted)")
    Posting withdraw(@PathVariable long id, @RequestBody WithdrawRequest r) {
        postings.withdraw(id, r.reason());
        return get(id);
    }
}
