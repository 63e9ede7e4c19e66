package cn.zhishi.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's monthly results for the annual assessment: the unit's review grade of every report that
 * was reviewed and went on (reviewed, signed, posted or archived), per cadre, in one query. No
 * jurisdiction check: the caller has already limited the cadres to those it may see.
 */
@Service
@Transactional(readOnly = true)
public class YearGrades {

    private final NamedParameterJdbcTemplate named;

    YearGrades(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Map<Long, List<Grade>> reviewGradesOf(Collection<Long> cadreIds, int year) {
        Map<Long, List<Grade>> out = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return out;
        }
        named.query("select cadre_id, review_grade from monthly_report where report_year = :y and cadre_id in (:ids) "
                + "and review_grade is not null and status in ('REVIEWED','SIGNED','POSTED','ARCHIVED')",
                Map.of("y", year, "ids", new ArrayList<>(cadreIds)), rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Grade.valueOf(rs.getString(2)));
                });
        return out;
    }
}
