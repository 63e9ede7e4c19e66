package cn.zhishi.assessment.annual;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads rulebook versions (annual_rulebook with its annual_rule_source rows); new versions: {@link RulebookVersions}. */
@Component
class Rulebooks {

    static final String DEFAULT_CODE = "JINAN-2022";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Rulebooks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What a new assessment pins: the newest version in effect today (effective_from on or before today;
     * a version dated later waits for its day). Effective dates never go back from one version to the
     * next ({@link RulebookVersions#create}), so this is also the latest in effect.
     */
    Rulebook current() {
        return byId(currentId(LocalDate.now(clock)));
    }

    /** The id {@link #current()} would pin on {@code day}. */
    long currentId(LocalDate day) {
        List<Long> ids = jdbc.queryForList("select id from annual_rulebook where code = ? and effective_from <= ? "
                + "order by version desc fetch first 1 rows only", Long.class, DEFAULT_CODE, day);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return jdbc.queryForObject("select id from annual_rulebook where code = ? order by version "
                + "fetch first 1 rows only", Long.class, DEFAULT_CODE);
    }

    Rulebook byId(long id) {
        Map<String, String> sources = new LinkedHashMap<>();
        jdbc.query("select rule, source from annual_rule_source where rulebook_id = ? and enabled = true order by rule",
                rs -> {
                    sources.put(rs.getString(1), rs.getString(2));
                }, id);
        return jdbc.queryForObject("select * from annual_rulebook where id = ?", (rs, i) -> row(rs, sources), id);
    }

    /** One annual_rulebook row with its enabled rules' sources. */
    static Rulebook row(ResultSet rs, Map<String, String> sources) throws SQLException {
        Map<CompositeSource, BigDecimal> w = new EnumMap<>(CompositeSource.class);
        w.put(CompositeSource.MONTHLY_REPORTS, rs.getBigDecimal("weight_monthly"));
        w.put(CompositeSource.QUARTERLY_REVIEWS, rs.getBigDecimal("weight_quarterly"));
        w.put(CompositeSource.DEMOCRATIC_EVALUATION, rs.getBigDecimal("weight_democratic"));
        w.put(CompositeSource.KEY_PROJECTS, rs.getBigDecimal("weight_key_projects"));
        w.put(CompositeSource.LEADER_EVALUATION, rs.getBigDecimal("weight_leader"));
        w.put(CompositeSource.ORGANISATION_EVALUATION, rs.getBigDecimal("weight_organisation"));
        Map<TeamGrade, Integer> q = new EnumMap<>(TeamGrade.class);
        q.put(TeamGrade.EXCELLENT, rs.getInt("quota_team_excellent"));
        q.put(TeamGrade.GOOD, rs.getInt("quota_team_good"));
        q.put(TeamGrade.AVERAGE, rs.getInt("quota_team_average"));
        q.put(TeamGrade.POOR, rs.getInt("quota_team_poor"));
        return new Rulebook(rs.getLong("id"), rs.getString("code"), rs.getInt("version"), rs.getString("name"), w,
                rs.getBigDecimal("cadre_excellent_min"), rs.getBigDecimal("cadre_competent_min"),
                rs.getBigDecimal("cadre_basic_min"), rs.getBigDecimal("team_excellent_min"),
                rs.getBigDecimal("team_good_min"), rs.getBigDecimal("team_average_min"), q,
                QuotaRounding.valueOf(rs.getString("quota_rounding")), Map.copyOf(sources), rs.getString("basis"));
    }
}
