package cn.zhishi.search;

import static cn.zhishi.search.SearchFields.*;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the search documents of a batch of cadres with one query per table (never one per cadre),
 * straight from the registry and work-history tables, so bulk-loaded rows index exactly as edited ones.
 */
@Component
class CadreDocuments {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CadreDocuments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The documents of the cadres that exist among {@code ids}. */
    List<Document> build(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<String, Integer> eduRank = new HashMap<>();
        jdbc.query("select code, sort_order from dictionary_entry where dict_code = 'education_level'",
                (ResultSet rs) -> {
                    eduRank.put(rs.getString(1), rs.getInt(2));
                });
        Map<Long, Acc> docs = new LinkedHashMap<>();
        jdbc.query("select c.id, c.name, c.gender, c.ethnicity, c.birth_date, c.cadre_type, c.status, c.specialty,"
                + " c.familiar_fields, c.work_start_date, u.id, u.name, u.path, u.domain, u.unit_class"
                + " from cadre c join org_unit u on u.id = c.unit_id where c.id in (" + in + ") order by c.id",
                (ResultSet rs) -> {
                    Acc a = new Acc(rs.getLong(1));
                    docs.put(a.id, a);
                    Document d = a.doc;
                    d.add(new StringField(ID, Long.toString(a.id), Field.Store.YES));
                    d.add(new NumericDocValuesField(ID, a.id));
                    a.keyword(NAME, rs.getString(2));
                    a.text(rs.getString(2));
                    a.keyword(GENDER, rs.getString(3));
                    a.keyword(ETHNICITY, rs.getString(4));
                    a.date(BIRTH, rs.getDate(5));
                    a.keyword(CADRE_TYPE, rs.getString(6));
                    d.add(new StringField(STATUS, rs.getString(7), Field.Store.NO));
                    a.text(rs.getString(8));
                    a.text(rs.getString(9));
                    a.date(WORK_START, rs.getDate(10));
                    long unitId = rs.getLong(11);
                    d.add(new NumericDocValuesField(UNIT, unitId));
                    d.add(new StoredField(UNIT, unitId));
                    d.add(new StoredField(UNIT_NAME, rs.getString(12)));
                    String path = rs.getString(13);
                    for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                        d.add(new StringField(UNIT_PREFIX, path.substring(0, i + 1), Field.Store.NO));
                    }
                    a.keyword(DOMAIN, rs.getString(14));
                    a.keyword(UNIT_CLASS, rs.getString(15));
                });
        // the current post: the highest-ranked open tenure (lowest post-level sort order)
        jdbc.query("select t.cadre_id, t.start_date, p.title, p.post_level, p.team_role from tenure t"
                + " join post p on p.id = t.post_id"
                + " left join dictionary_entry d on d.dict_code = 'post_level' and d.code = p.post_level"
                + " where t.end_date is null and t.cadre_id in (" + in + ") order by t.cadre_id, d.sort_order, t.start_date",
                (ResultSet rs) -> {
                    Acc a = docs.get(rs.getLong(1));
                    a.text(rs.getString(3));
                    if (a.hasPost) {
                        return;
                    }
                    a.hasPost = true;
                    a.date(POST_SINCE, rs.getDate(2));
                    a.doc.add(new StoredField(POST_TITLE, rs.getString(3)));
                    a.keyword(POST_LEVEL, rs.getString(4));
                    a.keyword(TEAM_ROLE, rs.getString(5));
                });
        jdbc.query("select cadre_id, study_mode, education_level, major from cadre_education where cadre_id in ("
                + in + ")", (ResultSet rs) -> {
                    Acc a = docs.get(rs.getLong(1));
                    int rank = eduRank.getOrDefault(rs.getString(3), 99);
                    if (rank < a.bestRank) {
                        a.bestRank = rank;
                        a.bestLevel = rs.getString(3);
                    }
                    if ("FULL_TIME".equals(rs.getString(2))) {
                        a.bestFullTime = Math.min(a.bestFullTime, rank);
                    } else {
                        a.bestInService = Math.min(a.bestInService, rank);
                    }
                    String major = rs.getString(4);
                    if (major != null) {
                        a.doc.add(new TextField(MAJOR, major, Field.Store.NO));
                        a.text(major);
                    }
                });
        jdbc.query("select cadre_id, description from cadre_resume_entry where cadre_id in (" + in + ")",
                (ResultSet rs) -> {
                    docs.get(rs.getLong(1)).text(rs.getString(2));
                });
        jdbc.query("select cadre_id, label, reason from cadre_tag where cadre_id in (" + in + ")", (ResultSet rs) -> {
            Acc a = docs.get(rs.getLong(1));
            a.doc.add(new StringField(TAG, rs.getString(2), Field.Store.NO));
            a.text(rs.getString(2) + "：" + rs.getString(3));
        });
        LocalDate today = LocalDate.now(clock);
        jdbc.query("select cadre_id, max(influence_ends_on) from cadre_sanction where decision_date <= ? and cadre_id in ("
                + in + ") group by cadre_id", (ResultSet rs) -> {
                    docs.get(rs.getLong(1)).influenceEnd = rs.getDate(2).toLocalDate().toEpochDay();
                }, Date.valueOf(today));
        int lastYear = today.getYear() - 1;
        jdbc.query("select cadre_id, grade_year, grade from annual_grade where grade <> 'NOT_GRADED' and cadre_id in (" + in + ")",
                (ResultSet rs) -> {
                    Acc a = docs.get(rs.getLong(1));
                    a.doc.add(new StringField(GRADE, rs.getString(3) + "@" + rs.getInt(2), Field.Store.NO));
                    if (rs.getInt(2) == lastYear) {
                        a.latestGrade = rs.getString(3);
                    }
                });
        jdbc.query("select distinct cadre_id from reserve_member where stage in ('RESERVE', 'CANDIDATE') and cadre_id in ("
                + in + ")", (ResultSet rs) -> {
                    docs.get(rs.getLong(1)).doc.add(new StringField(RESERVE, "true", Field.Store.NO));
                });
        // the work history (≈ 170 records per cadre, 11.5 M at city scale) is matched by bigrams only:
        // smartcn segmentation of it made a city rebuild take hours; its words add nothing a phrase misses
        jdbc.query("select cadre_id, text from performance_record where cadre_id in (" + in + ")", (ResultSet rs) -> {
            docs.get(rs.getLong(1)).history(rs.getString(2));
        });
        jdbc.query("select cadre_id, text from talk_note where cadre_id in (" + in + ")", (ResultSet rs) -> {
            docs.get(rs.getLong(1)).history(rs.getString(2));
        });
        List<Document> out = new ArrayList<>(docs.size());
        for (Acc a : docs.values()) {
            out.add(a.finish());
        }
        return out;
    }

    private static final class Acc {
        final long id;
        final Document doc = new Document();
        boolean hasPost;
        int bestRank = 99;
        String bestLevel;
        int bestFullTime = 99;
        int bestInService = 99;
        long influenceEnd;
        String latestGrade;

        Acc(long id) {
            this.id = id;
        }

        void keyword(String field, String value) {
            if (value != null) {
                doc.add(new StringField(field, value, Field.Store.YES));
                doc.add(new SortedDocValuesField(field, new BytesRef(value)));
            }
        }

        void date(String field, Date value) {
            if (value != null) {
                long day = value.toLocalDate().toEpochDay();
                doc.add(new LongPoint(field, day));
                doc.add(new NumericDocValuesField(field, day));
                doc.add(new StoredField(field, day));
            }
        }

        void text(String value) {
            if (value != null && !value.isBlank()) {
                doc.add(new TextField(TEXT_WORDS, value, Field.Store.NO));
                doc.add(new TextField(TEXT_BIGRAMS, value, Field.Store.NO));
            }
        }

        void history(String value) {
            if (value != null && !value.isBlank()) {
                doc.add(new TextField(TEXT_BIGRAMS, value, Field.Store.NO));
            }
        }

        Document finish() {
            doc.add(new IntPoint(EDU_RANK, bestRank));
            doc.add(new IntPoint(EDU_RANK_FULL_TIME, bestFullTime));
            doc.add(new IntPoint(EDU_RANK_IN_SERVICE, bestInService));
            if (bestLevel != null) {
                keyword(EDU_TOP, bestLevel);
            }
            doc.add(new LongPoint(INFLUENCE_END, influenceEnd));
            keyword(GRADE_LATEST, latestGrade == null ? "NONE" : latestGrade);
            return doc;
        }
    }
}
