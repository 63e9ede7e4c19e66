package cn.zhishi.assessment.review;

import cn.zhishi.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A review campaign: its pinned indicator set version, window, rater groups with weights, and state.
 * Transitions are the methods below; each checks the state and throws {@link DomainRuleException}.
 * Posting the results on the public board is a second, independent state ({@link PostingStatus}).
 */
public class ReviewCampaign {

    private final long id;
    private final String name;
    private final CampaignKind kind;
    private final long unitId;
    private final long indicatorSetId;
    private final LocalDate opensOn;
    private final LocalDate closesOn;
    private CampaignStatus status;
    private final int flagPercent;
    private final Map<RaterGroup, BigDecimal> weights;
    private PostingStatus posting;

    public ReviewCampaign(long id, String name, CampaignKind kind, long unitId, long indicatorSetId, LocalDate opensOn,
            LocalDate closesOn, CampaignStatus status, int flagPercent, Map<RaterGroup, BigDecimal> weights) {
        this(id, name, kind, unitId, indicatorSetId, opensOn, closesOn, status, flagPercent, weights, PostingStatus.NONE);
    }

    public ReviewCampaign(long id, String name, CampaignKind kind, long unitId, long indicatorSetId, LocalDate opensOn,
            LocalDate closesOn, CampaignStatus status, int flagPercent, Map<RaterGroup, BigDecimal> weights,
            PostingStatus posting) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.unitId = unitId;
        this.indicatorSetId = indicatorSetId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.status = status;
        this.flagPercent = flagPercent;
        this.weights = new EnumMap<>(RaterGroup.class);
        this.weights.putAll(weights);
        this.posting = posting;
    }

    /** Starts accepting votes. Only a draft opens, and not after its window has ended. */
    public void open(LocalDate today) {
        if (status != CampaignStatus.DRAFT) {
            throw new DomainRuleException("review.refused.notDraft");
        }
        if (today.isAfter(closesOn)) {
            throw new DomainRuleException("review.refused.windowOver");
        }
        status = CampaignStatus.OPEN;
    }

    /** Stops accepting votes; results are final. */
    public void close() {
        if (status != CampaignStatus.OPEN) {
            throw new DomainRuleException("review.refused.notOpen");
        }
        status = CampaignStatus.CLOSED;
    }

    /** Checks that a vote may be cast today: the campaign is open and today is within its window. */
    public void cast(LocalDate today) {
        if (status != CampaignStatus.OPEN || today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw new DomainRuleException("review.refused.notVoting");
        }
    }

    /** Codes can be issued until the campaign closes, for rater groups it has. */
    public void issueCodes(RaterGroup group) {
        if (status == CampaignStatus.CLOSED) {
            throw new DomainRuleException("review.refused.closed");
        }
        if (!weights.containsKey(group)) {
            throw new DomainRuleException("review.refused.noSuchGroup");
        }
    }

    /**
     * Puts the results on the public board ([001]: “评议结果在单位进行公示”). Only a closed quarterly
     * campaign's results are posted — its results are final — and not twice at once; withdrawn results
     * may be posted again.
     */
    public void post() {
        if (kind != CampaignKind.QUARTERLY) {
            throw new DomainRuleException("posting.refused.notQuarterly");
        }
        if (status != CampaignStatus.CLOSED) {
            throw new DomainRuleException("posting.refused.notClosed");
        }
        if (posting == PostingStatus.POSTED) {
            throw new DomainRuleException("posting.refused.alreadyPosted");
        }
        posting = PostingStatus.POSTED;
    }

    /** Takes posted results off the public board; the reason is kept on record. */
    public void withdraw(String reason) {
        if (posting != PostingStatus.POSTED) {
            throw new DomainRuleException("posting.refused.notPosted");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleException("posting.refused.noReason");
        }
        posting = PostingStatus.WITHDRAWN;
    }

    public long id() { return id; }
    public String name() { return name; }
    public CampaignKind kind() { return kind; }
    public long unitId() { return unitId; }
    public long indicatorSetId() { return indicatorSetId; }
    public LocalDate opensOn() { return opensOn; }
    public LocalDate closesOn() { return closesOn; }
    public CampaignStatus status() { return status; }
    public int flagPercent() { return flagPercent; }
    public Map<RaterGroup, BigDecimal> weights() { return Map.copyOf(weights); }
    public PostingStatus posting() { return posting; }
}
