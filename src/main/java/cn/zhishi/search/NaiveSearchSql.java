package cn.zhishi.search;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdiction;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The same question as a {@link SearchForm}, asked the way a naive implementation would: one SQL
 * statement with {@code ILIKE '%word%'} over every text column (résumé entries, monthly performance
 * records, talk notes, tags, majors, post titles, name, specialty) joined to cadre, org_unit, tenure and
 * annual_grade. Used only by the search benchmark, as its baseline and as the reference answer its
 * correctness check compares the index with; it mirrors {@link CadreSearch#query} condition by condition
 * (the current post is the highest-ranked open tenure, as {@link CadreDocuments} indexes it).
 */
final class NaiveSearchSql {

    /** A statement with its parameters. */
    record Statement(String sql, List<Object> args) {
    }

    private NaiveSearchSql() {
    }

    static Statement of(SearchForm f, Jurisdiction j, LocalDate today, Dictionaries dictionaries, String unitPath) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where c.status = 'ACTIVE'");
        boolean current = SearchForm.blankToNull(f.getPostLevel()) != null || SearchForm.blankToNull(f.getTeamRole()) != null
                || f.getMinYearsInPost() != null;
        StringBuilder sql = new StringBuilder();
        if (current) {
            sql.append("with cur as (select cadre_id, post_level, team_role, start_date from (select t.cadre_id,"
                    + " p.post_level, p.team_role, t.start_date, row_number() over (partition by t.cadre_id"
                    + " order by d.sort_order, t.start_date) as rn from tenure t join post p on p.id = t.post_id"
                    + " left join dictionary_entry d on d.dict_code = 'post_level' and d.code = p.post_level"
                    + " where t.end_date is null) x where rn = 1) ");
        }
        sql.append("select c.id from cadre c join org_unit u on u.id = c.unit_id");
        if (current) {
            sql.append(" left join cur on cur.cadre_id = c.id");
        }
        where.append(" and (");
        List<String> likes = j.likePatterns();
        for (int i = 0; i < likes.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("u.path like ?");
            args.add(likes.get(i));
        }
        where.append(likes.isEmpty() ? "1 = 0)" : ")");
        String q = SearchForm.blankToNull(f.getQ());
        if (q != null) {
            for (String word : q.split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" and (c.name ilike ? or c.specialty ilike ? or c.familiar_fields ilike ?"
                        + " or c.id in (select t.cadre_id from tenure t join post p on p.id = t.post_id"
                        + " where t.end_date is null and p.title ilike ?)"
                        + " or c.id in (select e.cadre_id from cadre_education e where e.major ilike ?)"
                        + " or c.id in (select r.cadre_id from cadre_resume_entry r where r.description ilike ?)"
                        + " or c.id in (select g.cadre_id from cadre_tag g where g.label ilike ? or g.reason ilike ?)"
                        + " or c.id in (select pr.cadre_id from performance_record pr where pr.text ilike ?)"
                        + " or c.id in (select n.cadre_id from talk_note n where n.text ilike ?))");
                for (int i = 0; i < 10; i++) {
                    args.add(like);
                }
            }
        }
        if (f.getUnitId() != null) {
            where.append(" and u.path like ?");
            args.add(unitPath == null ? "-" : unitPath + "%");
        }
        eq(where, args, "u.domain", f.getDomain());
        eq(where, args, "u.unit_class", f.getUnitClass());
        eq(where, args, "c.gender", f.getGender());
        eq(where, args, "c.ethnicity", f.getEthnicity());
        eq(where, args, "cur.post_level", f.getPostLevel());
        eq(where, args, "cur.team_role", f.getTeamRole());
        if (SearchForm.blankToNull(f.getTag()) != null) {
            where.append(" and c.id in (select cadre_id from cadre_tag where label = ?)");
            args.add(f.getTag().trim());
        }
        if (f.getAgeMin() != null) {
            where.append(" and c.birth_date <= ?");
            args.add(Date.valueOf(today.minusYears(f.getAgeMin())));
        }
        if (f.getAgeMax() != null) {
            where.append(" and c.birth_date >= ?");
            args.add(Date.valueOf(today.minusYears(f.getAgeMax() + 1L).plusDays(1)));
        }
        String education = SearchForm.blankToNull(f.getEducation());
        if (education != null) {
            int rank = dictionaries.find(Dictionaries.EDUCATION_LEVEL, education).map(e -> e.sortOrder()).orElse(-1);
            where.append(" and c.id in (select e.cadre_id from cadre_education e join dictionary_entry d"
                    + " on d.dict_code = 'education_level' and d.code = e.education_level where d.sort_order <= ?");
            args.add(rank);
            if ("FULL_TIME".equals(f.getStudyMode())) {
                where.append(" and e.study_mode = 'FULL_TIME'");
            } else if ("IN_SERVICE".equals(f.getStudyMode())) {
                where.append(" and e.study_mode <> 'FULL_TIME'");
            }
            where.append(")");
        }
        String major = SearchForm.blankToNull(f.getMajor());
        if (major != null) {
            where.append(" and c.id in (select cadre_id from cadre_education where major ilike ?)");
            args.add("%" + major + "%");
        }
        if (f.getMinYearsInPost() != null) {
            where.append(" and cur.start_date <= ?");
            args.add(Date.valueOf(today.minusYears(f.getMinYearsInPost())));
        }
        int year = today.getYear();
        if (f.isExcellentInThreeYears()) {
            where.append(" and c.id in (select cadre_id from annual_grade where grade = 'EXCELLENT'"
                    + " and grade_year between ? and ?)");
            args.add(year - 3);
            args.add(year - 1);
        }
        if (f.isNoGradeBelowCompetent()) {
            where.append(" and c.id not in (select cadre_id from annual_grade where grade in ('BASIC', 'INCOMPETENT')"
                    + " and grade_year between ? and ?)");
            args.add(year - 3);
            args.add(year - 1);
        }
        if ("IN".equals(f.getInfluence()) || "OUT".equals(f.getInfluence())) {
            where.append(" and c.id ").append("IN".equals(f.getInfluence()) ? "in" : "not in")
                    .append(" (select cadre_id from cadre_sanction where decision_date <= ? and influence_ends_on >= ?)");
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today));
        }
        if (f.isReserve()) {
            where.append(" and c.id in (select cadre_id from reserve_member where stage in ('RESERVE', 'CANDIDATE'))");
        }
        return new Statement(sql.append(where).toString(), args);
    }

    private static void eq(StringBuilder where, List<Object> args, String column, String value) {
        String v = SearchForm.blankToNull(value);
        if (v != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(v);
        }
    }
}
