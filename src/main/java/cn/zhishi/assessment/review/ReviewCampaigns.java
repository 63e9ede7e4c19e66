package cn.zhishi.assessment.review;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.IndicatorSet;
import cn.zhishi.assessment.indicator.IndicatorSets;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreQueries;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review campaigns (评议/测评): set-up, opening and closing, one-time codes, turnout and results.
 * Voting itself is {@link Voting}. Campaigns belong to the unit their targets were chosen under;
 * outside the viewer's jurisdiction they answer 404.
 */
@Service
@Transactional(readOnly = true)
public class ReviewCampaigns {

    static final String ENTITY = "ReviewCampaign";
    /** Most targets one campaign may have. */
    public static final int MAX_TARGETS = 300;
    /** Most codes issued at once. */
    public static final int MAX_CODES = 500;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final IndicatorSets sets;
    private final CadreQueries cadres;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewCampaigns(JdbcTemplate jdbc, IndicatorSets sets, CadreQueries cadres, Jurisdictions jurisdictions,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.cadres = cadres;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<CampaignRow> list() {
        Jurisdiction j = jurisdictions.current();
        List<CampaignRow> out = new ArrayList<>();
        jdbc.query("""
                select c.id, c.name, c.kind, u.name, s.name, c.opens_on, c.closes_on, c.status, u.path,
                  (select count(*) from review_target t where t.campaign_id = c.id)
                from review_campaign c join org_unit u on u.id = c.unit_id join indicator_set s on s.id = c.indicator_set_id
                order by c.opens_on desc, c.id desc""", rs -> {
                    if (j.covers(rs.getString(9))) {
                        out.add(new CampaignRow(rs.getLong(1), rs.getString(2), CampaignKind.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                                CampaignStatus.valueOf(rs.getString(8)), rs.getInt(10)));
                    }
                });
        return out;
    }

    /** The campaign, 404 outside the viewer's jurisdiction. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public ReviewCampaign find(long id) {
        return load(id, jurisdictions.current());
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public IndicatorSet setOf(ReviewCampaign c) {
        return sets.pinned(c.indicatorSetId());
    }

    /** The targets' ids, names and units, in unit order. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<VotingSheet.Target> targets(long id) {
        find(id);
        return targetsOf(jdbc, id, null);
    }

    /** Creates a draft campaign pinned to the chosen set's version, with the filter's cadres as targets. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long create(CampaignCommand c) {
        Problems p = new Problems().require(c.name(), "name").require(c.kind(), "kind")
                .require(c.indicatorSetId(), "indicatorSetId").require(c.opensOn(), "opensOn")
                .require(c.closesOn(), "closesOn");
        if (c.targets() == null || c.targets().getUnitId() == null) {
            p.add("unitId", "validation.required");
        }
        if (c.name() != null && c.name().trim().length() > 100) {
            p.add("name", "validation.tooLong", 100);
        }
        if (c.opensOn() != null && c.closesOn() != null && c.closesOn().isBefore(c.opensOn())) {
            p.add("closesOn", "review.window.order");
        }
        int flag = c.flagPercent() == null ? 30 : c.flagPercent();
        if (flag < 1 || flag > 100) {
            p.add("flagPercent", "review.flagPercent.range");
        }
        Map<RaterGroup, BigDecimal> weights = c.weights() == null ? Map.of() : c.weights();
        if (weights.isEmpty()) {
            p.add("weights", "review.weights.none");
        }
        weights.forEach((g, w) -> {
            if (w == null || w.signum() <= 0 || w.scale() > 2 || w.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                p.add("weights", "review.weights.invalid");
            }
        });
        p.throwIfAny();
        IndicatorSet set = sets.pinned(c.indicatorSetId());
        Jurisdiction j = jurisdictions.current();
        String unitPath = jdbc.query("select path from org_unit where id = ?", (rs, i) -> rs.getString(1),
                c.targets().getUnitId()).stream().filter(j::covers).findFirst()
                .orElseThrow(() -> new NotFoundException("unit", c.targets().getUnitId()));
        List<Long> targets = new ArrayList<>();
        int matched = cadres.forEach(c.targets(), MAX_TARGETS + 1, row -> targets.add(row.id()));
        if (matched == 0) {
            p.add("unitId", "review.targets.none");
        } else if (matched > MAX_TARGETS) {
            p.add("unitId", "review.targets.tooMany", MAX_TARGETS);
        }
        p.throwIfAny();
        String user = currentUser.get().username();
        jdbc.update("insert into review_campaign (name, kind, unit_id, indicator_set_id, opens_on, closes_on, status, "
                + "flag_percent, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?)", c.name().trim(), c.kind().name(),
                c.targets().getUnitId(), set.id(), c.opensOn(), c.closesOn(), CampaignStatus.DRAFT.name(), flag, user,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        long id = jdbc.queryForObject("select max(id) from review_campaign where created_by = ? and name = ?", Long.class,
                user, c.name().trim());
        jdbc.batchUpdate("insert into review_target (campaign_id, cadre_id) values (?,?)",
                targets.stream().map(t -> new Object[] {id, t}).toList());
        jdbc.batchUpdate("insert into review_rater_group (campaign_id, rater_group, weight) values (?,?,?)",
                weights.entrySet().stream().map(e -> new Object[] {id, e.getKey().name(), e.getValue()}).toList());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", c.name().trim());
        after.put("kind", c.kind().name());
        after.put("unit", unitPath);
        after.put("indicatorSet", set.code() + " v" + set.version());
        after.put("window", c.opensOn() + "/" + c.closesOn());
        after.put("flagPercent", flag);
        after.put("weights", new EnumMap<>(weights).toString());
        after.put("targets", targets);
        audit.record(AuditEvent.created("assessment.review.create", ENTITY, id, c.name().trim(), after));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void open(long id) {
        ReviewCampaign c = find(id);
        c.open(LocalDate.now(clock));
        transition(c, "assessment.review.open", CampaignStatus.DRAFT);
    }

    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void close(long id) {
        ReviewCampaign c = find(id);
        c.close();
        transition(c, "assessment.review.close", CampaignStatus.OPEN);
    }

    private void transition(ReviewCampaign c, String action, CampaignStatus from) {
        int n = jdbc.update("update review_campaign set status = ?, version = version + 1 where id = ? and status = ?",
                c.status().name(), c.id(), from.name());
        if (n != 1) {
            throw new cn.zhishi.shared.DomainRuleException("review.refused.concurrentChange");
        }
        audit.record(AuditEvent.changed(action, ENTITY, c.id(), c.name(), Map.of("status", from.name()),
                Map.of("status", c.status().name())));
    }

    /**
     * Issues one-time codes for a rater group: {@code count} codes covering every target, or — for
     * {@link RaterGroup#SELF} — one code per target covering only that target. Only digests are stored,
     * so the returned sheet is the one chance to print them. The audit record holds the counts only.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<IssuedCode> issueCodes(long id, RaterGroup group, int count, String voteBaseUrl) {
        ReviewCampaign c = find(id);
        c.issueCodes(group);
        List<VotingSheet.Target> targets = targetsOf(jdbc, id, null);
        List<IssuedCode> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        if (group == RaterGroup.SELF) {
            for (VotingSheet.Target t : targets) {
                String code = newCode();
                rows.add(new Object[] {id, digest(code), group.name(), t.cadreId()});
                out.add(new IssuedCode(code, group, t.name(), voteBaseUrl + code, QrCodes.of(voteBaseUrl + code)));
            }
        } else {
            if (count < 1 || count > MAX_CODES) {
                new Problems().add("count", "review.codes.count", MAX_CODES).throwIfAny();
            }
            for (int i = 0; i < count; i++) {
                String code = newCode();
                rows.add(new Object[] {id, digest(code), group.name(), null});
                out.add(new IssuedCode(code, group, null, voteBaseUrl + code, QrCodes.of(voteBaseUrl + code)));
            }
        }
        jdbc.batchUpdate("insert into review_code (campaign_id, code_digest, rater_group, target_cadre_id) values (?,?,?,?)",
                rows);
        audit.record(AuditEvent.created("assessment.review.codes", ENTITY, id, c.name(),
                Map.of("group", group.name(), "issued", out.size())));
        return out;
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<Turnout> turnout(long id) {
        ReviewCampaign c = find(id);
        Map<RaterGroup, int[]> counts = new EnumMap<>(RaterGroup.class);
        c.weights().keySet().forEach(g -> counts.put(g, new int[2]));
        jdbc.query("select rater_group, count(*), sum(case when used then 1 else 0 end) from review_code "
                + "where campaign_id = ? group by rater_group", rs -> {
                    counts.computeIfAbsent(RaterGroup.valueOf(rs.getString(1)), k -> new int[2])[0] = rs.getInt(2);
                    counts.get(RaterGroup.valueOf(rs.getString(1)))[1] = rs.getInt(3);
                }, id);
        return counts.entrySet().stream().map(e -> new Turnout(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Results per target (see {@link ReviewResults}), in unit order. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<ReviewResults.TargetResult> results(long id) {
        return computeResults(find(id));
    }

    private List<ReviewResults.TargetResult> computeResults(ReviewCampaign c) {
        long id = c.id();
        Map<String, Map<Integer, Rating>> ratings = new HashMap<>();
        jdbc.query("select r.ballot_id, r.position, r.rating from review_rating r join review_ballot b on b.id = r.ballot_id "
                + "where b.campaign_id = ?", rs -> {
                    ratings.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2),
                            Rating.valueOf(rs.getString(3)));
                }, id);
        List<Ballot> ballots = jdbc.query("select id, target_cadre_id, rater_group, overall_grade from review_ballot "
                + "where campaign_id = ?", (rs, i) -> {
                    String g = rs.getString(4);
                    return new Ballot(rs.getLong(2), RaterGroup.valueOf(rs.getString(3)), g == null ? null : Grade.valueOf(g),
                            ratings.getOrDefault(rs.getString(1), Map.of()));
                }, id);
        List<Long> targets = targetsOf(jdbc, id, null).stream().map(VotingSheet.Target::cadreId).toList();
        return ReviewResults.compute(sets.pinned(c.indicatorSetId()), c.weights(), targets, ballots, c.flagPercent());
    }

    /**
     * The weighted scores each cadre received in the closed campaigns of {@code kind} that closed in
     * {@code year} (one score per campaign that produced one). No jurisdiction check: callers pass
     * cadres they may see.
     */
    public Map<Long, List<BigDecimal>> yearScores(java.util.Collection<Long> cadreIds, int year, CampaignKind kind) {
        Map<Long, List<BigDecimal>> out = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return out;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(cadreIds);
        List<Long> ids = jdbc.queryForList("select distinct c.id from review_campaign c join review_target t on "
                + "t.campaign_id = c.id where c.kind = ? and c.status = 'CLOSED' and c.closes_on between ? and ? "
                + "order by c.id", Long.class, kind.name(), java.time.LocalDate.of(year, 1, 1),
                java.time.LocalDate.of(year, 12, 31));
        for (long id : ids) {
            ReviewCampaign c = load(id, new Jurisdiction(List.of("/")));
            for (ReviewResults.TargetResult r : computeResults(c)) {
                if (wanted.contains(r.cadreId()) && r.score() != null) {
                    out.computeIfAbsent(r.cadreId(), k -> new ArrayList<>()).add(r.score());
                }
            }
        }
        return out;
    }

    static List<VotingSheet.Target> targetsOf(JdbcTemplate jdbc, long campaignId, Long onlyCadre) {
        String sql = "select c.id, c.name, u.name from review_target t join cadre c on c.id = t.cadre_id "
                + "join org_unit u on u.id = c.unit_id where t.campaign_id = ?"
                + (onlyCadre == null ? "" : " and c.id = ?") + " order by u.path, c.name, c.id";
        Object[] args = onlyCadre == null ? new Object[] {campaignId} : new Object[] {campaignId, onlyCadre};
        return jdbc.query(sql, (rs, i) -> new VotingSheet.Target(rs.getLong(1), rs.getString(2), rs.getString(3)), args);
    }

    private ReviewCampaign load(long id, Jurisdiction j) {
        Map<RaterGroup, BigDecimal> weights = new EnumMap<>(RaterGroup.class);
        jdbc.query("select rater_group, weight from review_rater_group where campaign_id = ?", rs -> {
            weights.put(RaterGroup.valueOf(rs.getString(1)), rs.getBigDecimal(2));
        }, id);
        return jdbc.query("select c.*, u.path from review_campaign c join org_unit u on u.id = c.unit_id where c.id = ?",
                (rs, i) -> j.covers(rs.getString("path")) ? row(rs, weights) : null, id).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new NotFoundException("reviewCampaign", id));
    }

    static ReviewCampaign row(java.sql.ResultSet rs, Map<RaterGroup, BigDecimal> weights) throws java.sql.SQLException {
        return new ReviewCampaign(rs.getLong("id"), rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"), rs.getLong("indicator_set_id"), rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(), CampaignStatus.valueOf(rs.getString("status")),
                rs.getInt("flag_percent"), weights, PostingStatus.valueOf(rs.getString("posting_status")));
    }

    private static String newCode() {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** SHA-256 of the normalised code (upper case, no spaces or hyphens), hex. */
    static String digest(String code) {
        try {
            String normal = code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
