package cn.zhishi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Posting results on the public board: which campaigns, in which states, and withdrawing with a reason. */
class ReviewPostingRulesTest {

    static ReviewCampaign campaign(CampaignKind kind, CampaignStatus status, PostingStatus posting) {
        return new ReviewCampaign(1, "一季度评议", kind, 1, 1, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 31), status,
                30, Map.of(RaterGroup.STAFF, BigDecimal.ONE), posting);
    }

    static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(DomainRuleException.class).hasMessage(code);
    }

    @Test
    void aClosedQuarterlyCampaignIsPostedOnce() {
        ReviewCampaign c = campaign(CampaignKind.QUARTERLY, CampaignStatus.CLOSED, PostingStatus.NONE);
        c.post();
        assertThat(c.posting()).isEqualTo(PostingStatus.POSTED);
        refused(c::post, "posting.refused.alreadyPosted");
    }

    @Test
    void resultsAreNotPostedBeforeTheCampaignCloses() {
        refused(campaign(CampaignKind.QUARTERLY, CampaignStatus.DRAFT, PostingStatus.NONE)::post, "posting.refused.notClosed");
        refused(campaign(CampaignKind.QUARTERLY, CampaignStatus.OPEN, PostingStatus.NONE)::post, "posting.refused.notClosed");
    }

    @Test
    void onlyQuarterlyReviewsArePosted() {
        refused(campaign(CampaignKind.ANNUAL, CampaignStatus.CLOSED, PostingStatus.NONE)::post, "posting.refused.notQuarterly");
        refused(campaign(CampaignKind.OTHER, CampaignStatus.CLOSED, PostingStatus.NONE)::post, "posting.refused.notQuarterly");
    }

    @Test
    void postedResultsAreWithdrawnWithAReasonAndMayBePostedAgain() {
        ReviewCampaign c = campaign(CampaignKind.QUARTERLY, CampaignStatus.CLOSED, PostingStatus.POSTED);
        refused(() -> c.withdraw("  "), "posting.refused.noReason");
        assertThat(c.posting()).isEqualTo(PostingStatus.POSTED);
        c.withdraw("姓名有误，更正后重新公示");
        assertThat(c.posting()).isEqualTo(PostingStatus.WITHDRAWN);
        refused(() -> c.withdraw("再次撤回"), "posting.refused.notPosted");
        c.post();
        assertThat(c.posting()).isEqualTo(PostingStatus.POSTED);
    }

    @Test
    void nothingIsWithdrawnThatWasNeverPosted() {
        refused(() -> campaign(CampaignKind.QUARTERLY, CampaignStatus.CLOSED, PostingStatus.NONE).withdraw("x"),
                "posting.refused.notPosted");
    }

    @Test
    void aQuarterKnowsItsDaysItsPredecessorAndItsLabel() {
        ReviewQuarter q = ReviewQuarter.of(LocalDate.of(2026, 3, 31));
        assertThat(q).isEqualTo(new ReviewQuarter(2026, 1));
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.previous()).isEqualTo(new ReviewQuarter(2025, 4));
        assertThat(ReviewQuarter.parse(q.label())).contains(q);
        assertThat(ReviewQuarter.parse("2026-Q5")).isEmpty();
        assertThat(ReviewQuarter.parse(null)).isEmpty();
    }
}
