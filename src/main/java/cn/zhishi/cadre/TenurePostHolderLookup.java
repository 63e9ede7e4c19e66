package cn.zhishi.cadre;

import cn.zhishi.org.PostHolderLookup;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the organisation module's questions about post holders from tenures, one query each. */
@Component
@Transactional(readOnly = true)
class TenurePostHolderLookup implements PostHolderLookup {

    private final NamedParameterJdbcTemplate jdbc;

    TenurePostHolderLookup(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<PostHolder>> holdersOn(Collection<Long> postIds, LocalDate day) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        record Row(long postId, PostHolder holder) {
        }
        List<Row> rows = jdbc.query("""
                select t.post_id, c.id, c.name, t.start_date from tenure t join cadre c on c.id = t.cadre_id
                where t.post_id in (:ids) and t.start_date <= :day and (t.end_date is null or t.end_date >= :day)
                order by t.start_date, c.id""",
                new MapSqlParameterSource("ids", postIds).addValue("day", day),
                (rs, i) -> new Row(rs.getLong(1), new PostHolder(rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))));
        return rows.stream().collect(Collectors.groupingBy(Row::postId,
                Collectors.mapping(Row::holder, Collectors.toList())));
    }

    @Override
    public Map<Long, Long> cadreCountsByUnit(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("select unit_id, count(*) from cadre where status = 'ACTIVE' and unit_id in (:ids) group by unit_id",
                new MapSqlParameterSource("ids", unitIds), rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
