package cn.zhishi.assessment.review;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.assessment.indicator.IndicatorSet;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting a closed quarterly campaign's results on the public board, and withdrawing them. Each is a
 * named transition of {@link ReviewCampaign} ({@code post}, {@code withdraw}), checked against the stored
 * state by a conditional update and audited. Posting stores the snapshot {@link PublicResults} computes;
 * the audit record holds counts, never figures per rater group or ballot.
 */
@Service
@Transactional(readOnly = true)
class ReviewPostings {

    static final int MAX_REASON = 500;

    private final JdbcTemplate jdbc;
    private final ReviewCampaigns campaigns;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewPostings(JdbcTemplate jdbc, ReviewCampaigns campaigns, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the public would see (or sees) for the campaign: computed now from its results. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<PublicResults.Line> preview(long campaignId) {
        ReviewCampaign c = campaigns.find(campaignId);
        return compute(c);
    }

    /** The quarter a campaign most likely reviews: the one its window opens in ([001]: 每季度末召开). */
    public static ReviewQuarter defaultQuarter(ReviewCampaign c) {
        return ReviewQuarter.of(c.opensOn());
    }

    /** The postings of a campaign, newest first (the current one, if any, first). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<PostingRecord> history(long campaignId) {
        campaigns.find(campaignId);
        return jdbc.query("""
                select id, period_year, period_quarter, posted_by, posted_at, withdrawn_by, withdrawn_at, withdraw_reason,
                  (select count(*) from review_posted_result r where r.posting_id = p.id)
                from review_posting p where campaign_id = ? order by id desc""",
                (rs, i) -> new PostingRecord(rs.getLong(1), new ReviewQuarter(rs.getInt(2), rs.getInt(3)), rs.getString(4),
                        local(rs.getObject(5, OffsetDateTime.class)), rs.getString(6),
                        local(rs.getObject(7, OffsetDateTime.class)), rs.getString(8), rs.getInt(9)), campaignId);
    }

    private java.time.LocalDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toLocalDateTime();
    }

    /**
     * Posts the campaign's results for {@code year}/{@code quarter}: refused unless the campaign is a
     * closed quarterly one not on the board now. The quarter is one the voting window touches, or the one
     * before it (a review held just after its quarter ends).
     * Returns the posting's id.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long post(long campaignId, Integer year, Integer quarter) {
        ReviewCampaign c = campaigns.find(campaignId);
        Problems p = new Problems().require(year, "year").require(quarter, "quarter");
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            p.add("quarter", "posting.quarter.range");
        }
        if (year != null && (year < 2000 || year > LocalDate.now(clock).getYear() + 1)) {
            p.add("year", "posting.year.range");
        }
        p.throwIfAny();
        ReviewQuarter period = new ReviewQuarter(year, quarter);
        ReviewQuarter earliest = ReviewQuarter.of(c.opensOn()).previous();
        ReviewQuarter latest = ReviewQuarter.of(c.closesOn());
        if (period.compareTo(earliest) < 0 || period.compareTo(latest) > 0) {
            p.add("quarter", "posting.quarter.outsideWindow", c.opensOn().toString(), c.closesOn().toString());
        }
        p.throwIfAny();
        PostingStatus from = c.posting();
        c.post();
        List<PublicResults.Line> lines = compute(c);
        String unitName = jdbc.queryForObject("select name from org_unit where id = ?", String.class, c.unitId());
        String user = currentUser.get().username();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        changeState(c, from);
        jdbc.update("insert into review_posting (campaign_id, unit_id, unit_name, campaign_name, period_year, period_quarter, "
                + "posted_by, posted_at) values (?,?,?,?,?,?,?,?)", c.id(), c.unitId(), unitName, c.name(), period.year(),
                period.quarter(), user, now);
        long postingId = jdbc.queryForObject("select max(id) from review_posting where campaign_id = ?", Long.class, c.id());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> aspects = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PublicResults.Line l = lines.get(i);
            rows.add(new Object[] {postingId, l.cadreId(), l.cadreName(), l.unitName(), i + 1, l.rank(), l.score(),
                    l.rating() == null ? null : l.rating().name(), l.withheld()});
            for (PublicResults.Aspect a : l.aspects()) {
                aspects.add(new Object[] {postingId, l.cadreId(), a.position(), a.name(), a.score(),
                        a.rating() == null ? null : a.rating().name()});
            }
        }
        jdbc.batchUpdate("insert into review_posted_result (posting_id, cadre_id, cadre_name, unit_name, line_no, rank_no, "
                + "score, rating, withheld) values (?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into review_posted_aspect (posting_id, cadre_id, position, aspect_name, score, rating) "
                + "values (?,?,?,?,?,?)", aspects);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("posting", PostingStatus.POSTED.name());
        after.put("postingId", postingId);
        after.put("period", period.label());
        after.put("targets", lines.size());
        after.put("withheld", lines.stream().filter(PublicResults.Line::withheld).count());
        audit.record(AuditEvent.changed("assessment.review.post", ReviewCampaigns.ENTITY, c.id(), c.name(),
                Map.of("posting", from.name()), after));
        return postingId;
    }

    /** Takes the campaign's results off the public board, with a reason (kept on record, not shown publicly). */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void withdraw(long campaignId, String reason) {
        ReviewCampaign c = campaigns.find(campaignId);
        Problems p = new Problems().require(reason, "reason");
        if (reason != null && reason.trim().length() > MAX_REASON) {
            p.add("reason", "validation.tooLong", MAX_REASON);
        }
        p.throwIfAny();
        PostingStatus from = c.posting();
        c.withdraw(reason);
        changeState(c, from);
        String text = reason.trim();
        int n = jdbc.update("update review_posting set withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ? "
                + "where campaign_id = ? and withdrawn_at is null", currentUser.get().username(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), text, c.id());
        if (n != 1) {
            throw new DomainRuleException("review.refused.concurrentChange");
        }
        audit.record(AuditEvent.changed("assessment.review.withdraw", ReviewCampaigns.ENTITY, c.id(), c.name(),
                Map.of("posting", from.name()), Map.of("posting", c.posting().name(), "reason", text)));
    }

    private void changeState(ReviewCampaign c, PostingStatus from) {
        int n = jdbc.update("update review_campaign set posting_status = ?, version = version + 1 "
                + "where id = ? and posting_status = ? and status = ?", c.posting().name(), c.id(), from.name(),
                CampaignStatus.CLOSED.name());
        if (n != 1) {
            throw new DomainRuleException("review.refused.concurrentChange");
        }
    }

    private List<PublicResults.Line> compute(ReviewCampaign c) {
        IndicatorSet set = campaigns.setOf(c);
        Map<Long, VotingSheet.Target> targets = campaigns.targets(c.id()).stream()
                .collect(Collectors.toMap(VotingSheet.Target::cadreId, Function.identity()));
        return PublicResults.of(set, campaigns.results(c.id()), targets);
    }

    /** One posting of a campaign, as the organisation sees it (times in the application's zone). */
    record PostingRecord(long id, ReviewQuarter period, String postedBy, java.time.LocalDateTime postedAt,
            String withdrawnBy, java.time.LocalDateTime withdrawnAt, String withdrawReason, int targets) {

        public boolean current() {
            return withdrawnAt == null;
        }
    }
}
