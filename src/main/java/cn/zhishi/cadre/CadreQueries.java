package cn.zhishi.cadre;

import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cadre lists for pages, the API and exports: one statement per page (no per-row queries), always
 * restricted to a jurisdiction by parameterised path-prefix criteria.
 * <p>"Highest education" is the smallest education_level code on file: the dictionary follows
 * GB/T 4658, where smaller codes are higher levels.
 */
@Service
@Transactional(readOnly = true)
public class CadreQueries {

    private static final String CURRENT = "t.start_date <= :today and (t.end_date is null or t.end_date >= :today)";
    private static final String SELECT = """
            select c.id, c.name, c.gender, c.ethnicity, c.birth_date, c.cadre_type, c.unit_id, u.name as unit_name,
                   c.work_start_date,
                   (select min(e.education_level) from cadre_education e where e.cadre_id = c.id) as highest_education,
                   (select p.title from tenure t join post p on p.id = t.post_id
                     where t.cadre_id = c.id and %1$s order by t.start_date desc, t.id desc limit 1) as current_post,
                   (select p.post_level from tenure t join post p on p.id = t.post_id
                     where t.cadre_id = c.id and %1$s order by t.start_date desc, t.id desc limit 1) as post_level
            """.formatted(CURRENT);

    private final NamedParameterJdbcTemplate jdbc;
    private final Jurisdictions jurisdictions;
    private final OrgDirectory org;
    private final Clock clock;

    CadreQueries(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.org = org;
        this.clock = clock;
    }

    /** A page of the current user's cadres matching the filter. */
    public CadrePage page(CadreFilter f) {
        return page(f, jurisdictions.current());
    }

    public CadrePage page(CadreFilter f, Jurisdiction j) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("today", today);
        String where = where(f, j, params, today);
        if (where == null) {
            return new CadrePage(List.of(), 0, f.getPage(), f.getSize());
        }
        Long total = jdbc.queryForObject("select count(*) from cadre c join org_unit u on u.id = c.unit_id" + where,
                params, Long.class);
        params.addValue("limit", f.getSize()).addValue("offset", (long) f.getPage() * f.getSize());
        List<CadreRow> rows = jdbc.query(SELECT + " from cadre c join org_unit u on u.id = c.unit_id" + where
                + orderBy(f) + " limit :limit offset :offset", params, mapper(today));
        return new CadrePage(rows, total == null ? 0 : total, f.getPage(), f.getSize());
    }

    /** Every matching row, in list order, streamed to {@code sink} (exports). At most {@code max} rows. */
    public int forEach(CadreFilter f, int max, Consumer<CadreRow> sink) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("limit", max);
        String where = where(f, jurisdictions.current(), params, today);
        if (where == null) {
            return 0;
        }
        int[] count = {0};
        RowMapper<CadreRow> mapper = mapper(today);
        jdbc.query(SELECT + " from cadre c join org_unit u on u.id = c.unit_id" + where + orderBy(f) + " limit :limit",
                params, rs -> {
                    sink.accept(mapper.mapRow(rs, count[0]++));
                });
        return count[0];
    }

    /** Returns the SQL where-clause, or null when the filter can match nothing (e.g. empty jurisdiction). */
    private String where(CadreFilter f, Jurisdiction j, MapSqlParameterSource params, LocalDate today) {
        if (j.isEmpty()) {
            return null;
        }
        StringBuilder w = new StringBuilder(" where c.status = 'ACTIVE' and (");
        List<String> patterns = j.likePatterns();
        for (int i = 0; i < patterns.size(); i++) {
            w.append(i == 0 ? "" : " or ").append("u.path like :j").append(i);
            params.addValue("j" + i, patterns.get(i));
        }
        w.append(")");
        if (f.getUnitId() != null) {
            var unit = org.findUnit(f.getUnitId(), j);
            if (unit.isEmpty()) {
                return null;
            }
            w.append(" and u.path like :subtree");
            params.addValue("subtree", new Jurisdiction(List.of(unit.get().path())).likePatterns().get(0));
        }
        if (f.getQ() != null && !f.getQ().isBlank()) {
            w.append(" and c.name like :q");
            params.addValue("q", "%" + f.getQ().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.getGender() != null) {
            w.append(" and c.gender = :gender");
            params.addValue("gender", f.getGender().name());
        }
        if (notBlank(f.getEthnicity())) {
            w.append(" and c.ethnicity = :ethnicity");
            params.addValue("ethnicity", f.getEthnicity());
        }
        if (f.getCadreType() != null) {
            w.append(" and c.cadre_type = :cadreType");
            params.addValue("cadreType", f.getCadreType().name());
        }
        if (notBlank(f.getEducationLevel())) {
            w.append(" and (select min(e.education_level) from cadre_education e where e.cadre_id = c.id) = :edu");
            params.addValue("edu", f.getEducationLevel());
        }
        if (f.getAgeMin() != null) {
            w.append(" and c.birth_date <= :bornBy");
            params.addValue("bornBy", today.minusYears(f.getAgeMin()));
        }
        if (f.getAgeMax() != null) {
            w.append(" and c.birth_date > :bornAfter");
            params.addValue("bornAfter", today.minusYears(f.getAgeMax() + 1L));
        }
        if (notBlank(f.getPostLevel()) || f.getTeamRole() != null) {
            w.append(" and exists (select 1 from tenure t join post p on p.id = t.post_id where t.cadre_id = c.id and ")
                    .append(CURRENT);
            if (notBlank(f.getPostLevel())) {
                w.append(" and p.post_level = :postLevel");
                params.addValue("postLevel", f.getPostLevel());
            }
            if (f.getTeamRole() != null) {
                w.append(" and p.team_role = :teamRole");
                params.addValue("teamRole", f.getTeamRole().name());
            }
            w.append(")");
        }
        return w.toString();
    }

    private static String orderBy(CadreFilter f) {
        String dir = f.isDesc() ? " desc" : " asc";
        return switch (f.getSort()) {
            case NAME -> " order by c.name" + dir + ", c.id";
            case BIRTH_DATE -> " order by c.birth_date" + dir + ", c.id";
            case WORK_START -> " order by c.work_start_date" + dir + ", c.id";
            case UNIT -> " order by u.path" + dir + ", c.id";
        };
    }

    private static RowMapper<CadreRow> mapper(LocalDate today) {
        return (rs, i) -> {
            LocalDate birth = rs.getObject("birth_date", LocalDate.class);
            return new CadreRow(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                    rs.getString("ethnicity"), birth, Period.between(birth, today).getYears(),
                    CadreType.valueOf(rs.getString("cadre_type")), rs.getLong("unit_id"), rs.getString("unit_name"),
                    rs.getString("highest_education"), rs.getString("current_post"), rs.getString("post_level"),
                    rs.getObject("work_start_date", LocalDate.class));
        };
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

}
