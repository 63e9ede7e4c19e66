package cn.zhishi.assessment.review;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.Indicator;
import cn.zhishi.assessment.indicator.IndicatorSet;
import cn.zhishi.assessment.indicator.IndicatorSets;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.Problems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting with a one-time code, without an account. Anonymous by construction: the ballots written
 * carry a random id, the campaign, the target, the rater group and the ratings — nothing else; the
 * code's row only turns {@code used} on, in the same transaction, by a conditional update that a second
 * (even concurrent) use cannot pass; the audit record names the campaign and the number of ballots,
 * without the source address.
 */
@Service
public class Voting {

    private final JdbcTemplate jdbc;
    private final IndicatorSets sets;
    private final AuditTrail audit;
    private final Clock clock;

    Voting(JdbcTemplate jdbc, IndicatorSets sets, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.audit = audit;
        this.clock = clock;
    }

    private record CodeRow(long campaignId, RaterGroup group, Long target, boolean used) {
    }

    /** The sheet an unused code of an open campaign may vote on; empty for unknown, used or closed codes. */
    @Transactional(readOnly = true)
    public Optional<VotingSheet> sheet(String code) {
        Optional<CodeRow> row = code(code);
        if (row.isEmpty() || row.get().used()) {
            return Optional.empty();
        }
        ReviewCampaign c = campaign(row.get().campaignId());
        try {
            c.cast(LocalDate.now(clock));
        } catch (DomainRuleException e) {
            return Optional.empty();
        }
        return Optional.of(new VotingSheet(c.name(), row.get().group(), sets.pinned(c.indicatorSetId()),
                ReviewCampaigns.targetsOf(jdbc, c.id(), row.get().target())));
    }

    /**
     * Casts the code's ballots: one per target the code covers, each rating every indicator, the
     * overall grade optional. Refused whole when anything is missing, the code is unknown or used, or the
     * campaign is not open today.
     */
    @Transactional
    public int cast(String code, Map<Long, Map<Integer, Rating>> ratings, Map<Long, Grade> grades) {
        AuditTrail.withoutSourceAddress();
        CodeRow row = code(code).filter(r -> !r.used()).orElseThrow(() -> new DomainRuleException("review.code.invalid"));
        ReviewCampaign c = campaign(row.campaignId());
        c.cast(LocalDate.now(clock));
        IndicatorSet set = sets.pinned(c.indicatorSetId());
        List<VotingSheet.Target> targets = ReviewCampaigns.targetsOf(jdbc, c.id(), row.target());
        Problems p = new Problems();
        for (VotingSheet.Target t : targets) {
            Map<Integer, Rating> r = ratings.getOrDefault(t.cadreId(), Map.of());
            for (Indicator i : set.indicators()) {
                if (r.get(i.position()) == null) {
                    p.add("r_" + t.cadreId() + "_" + i.position(), "review.vote.missing", t.name(), i.name());
                }
            }
            Grade g = grades.get(t.cadreId());
            if (g == Grade.NOT_GRADED) {
                p.add("g_" + t.cadreId(), "review.vote.grade");
            }
        }
        p.throwIfAny();
        // the code's single use: the row lock makes a concurrent second update wait, then match nothing
        int claimed = jdbc.update("update review_code set used = true where code_digest = ? and used = false",
                ReviewCampaigns.digest(code));
        if (claimed != 1) {
            throw new DomainRuleException("review.code.invalid");
        }
        List<Object[]> ballots = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (VotingSheet.Target t : targets) {
            String id = UUID.randomUUID().toString();
            Grade g = grades.get(t.cadreId());
            ballots.add(new Object[] {id, c.id(), t.cadreId(), row.group().name(), g == null ? null : g.name()});
            for (Indicator i : set.indicators()) {
                lines.add(new Object[] {id, i.position(), ratings.get(t.cadreId()).get(i.position()).name()});
            }
        }
        jdbc.batchUpdate("insert into review_ballot (id, campaign_id, target_cadre_id, rater_group, overall_grade) "
                + "values (?,?,?,?,?)", ballots);
        jdbc.batchUpdate("insert into review_rating (ballot_id, position, rating) values (?,?,?)", lines);
        audit.record(AuditEvent.created("assessment.review.vote", ReviewCampaigns.ENTITY, c.id(), c.name(),
                Map.of("ballots", ballots.size())));
        return ballots.size();
    }

    private Optional<CodeRow> code(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        return jdbc.query("select campaign_id, rater_group, target_cadre_id, used from review_code where code_digest = ?",
                (rs, i) -> new CodeRow(rs.getLong(1), RaterGroup.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getBoolean(4)),
                ReviewCampaigns.digest(code)).stream().findFirst();
    }

    private ReviewCampaign campaign(long id) {
        Map<RaterGroup, BigDecimal> weights = new EnumMap<>(RaterGroup.class);
        jdbc.query("select rater_group, weight from review_rater_group where campaign_id = ?", rs -> {
            weights.put(RaterGroup.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        }, id);
        return jdbc.queryForObject("select * from review_campaign where id = ?",
                (rs, i) -> ReviewCampaigns.row(rs, weights), id);
    }
}
