package cn.zhishi.bulkload;

import static cn.zhishi.bulkload.FileRules.boolOf;
import static cn.zhishi.bulkload.FileRules.dateOf;
import static cn.zhishi.bulkload.FileRules.idOf;
import static cn.zhishi.bulkload.FileRules.intOf;
import static cn.zhishi.bulkload.FileRules.monthOf;
import static cn.zhishi.bulkload.FileRules.yearOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What each file of the city layout must satisfy and where its rows go: the registry's rules for
 * the same records (required fields and lengths as the forms check them, dictionary and enumeration
 * codes, dates that exist and are not in the future where a form refuses that, end not before start,
 * references by natural key) written as {@link FileRules}. Cadres are checked further in Java by
 * {@code cn.zhishi.cadre.CadreFactsRules} while their file is read ({@link CadreRows}).
 */
final class CityFileRules {

    /** Enumerations the files use, by the kind name under which {@code bl_code} holds them. */
    static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("node_type", names(cn.zhishi.org.NodeType.values())),
            Map.entry("domain", names(cn.zhishi.org.UnitDomain.values())),
            Map.entry("unit_class", names(cn.zhishi.org.UnitClass.values())),
            Map.entry("team_role", names(cn.zhishi.org.TeamRole.values())),
            Map.entry("study_mode", names(cn.zhishi.cadre.StudyMode.values())),
            Map.entry("polarity", names(cn.zhishi.cadre.TagPolarity.values())),
            Map.entry("annual_grade", List.of("EXCELLENT", "COMPETENT", "BASIC", "INCOMPETENT", "NOT_GRADED")),
            Map.entry("monthly_grade", List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR")),
            Map.entry("note_kind", List.of("TALK", "VISIT", "INTERVIEW", "INSPECTION")));

    private CityFileRules() {
    }

    static FileRules of(CityFile file, Database db, LocalDate today, String actor) {
        FileRules r = new FileRules(file, db, today);
        switch (file) {
            case UNITS -> r.text("code", 40, true)
                    .check("s.parent_code is not null and not exists (select 1 from org_unit pu where pu.code = s.parent_code)"
                            + " and not exists (select 1 from bl_units sp where sp.code = s.parent_code)",
                            "'parent_code: no such unit: ' || s.parent_code")
                    .check("s.parent_code = s.code", "'parent_code: the unit itself'")
                    .text("name", 100, true).code("node_type", "node_type", true).code("domain", "domain", false)
                    .code("unit_class", "unit_class", false).dictionary("unit_level", "unit_level", false)
                    .integer("sort_order", false).key("code")
                    // parents first: the loader repeats this insert until no row is added
                    .insert("org_unit", "parent_id, code, name, node_type, domain, unit_class, unit_level, path, depth, sort_order",
                            "p.id, s.code, s.name, s.node_type, s.domain, s.unit_class, s.unit_level, "
                                    + "coalesce(p.path, '/') || s.code || '/', coalesce(p.depth + 1, 0), " + intOf("sort_order", 0),
                            "t.code = s.code")
                    .insertOnly("left join org_unit p on p.code = s.parent_code", "(s.parent_code is null or p.id is not null)");
            case TEAMS -> r.reference("unit_code", "org_unit", true).text("name", 120, true).key("unit_code").unique("(unit_id)")
                    .insert("leadership_team", "unit_id, name", idOf("unit_code") + ", s.name", "t.unit_id = " + idOf("unit_code"));
            case POSTS -> r.text("code", 60, true).reference("unit_code", "org_unit", true).text("title", 100, true)
                    .dictionary("post_level", "post_level", true).dictionary("rank_title", "rank", false)
                    .code("team_role", "team_role", false).integer("max_holders", false)
                    .check("replace(replace(replace(replace(replace(replace(coalesce(s.key_kinds, ''), 'LAW_ENFORCEMENT', ''),"
                            + " 'PERSONNEL', ''), 'PROJECT_APPROVAL', ''), 'FINANCE', ''), 'AUDIT', ''), ';', '') <> ''",
                            "'key_kinds: unknown kind in ' || s.key_kinds")
                    .integer("sort_order", false).key("code").unique("(code)")
                    .insert("post", "unit_id, code, title, post_level, rank_title, team_role, max_holders, key_law_enforcement, "
                            + "key_personnel, key_project_approval, key_finance, key_audit, sort_order",
                            idOf("unit_code") + ", s.code, s.title, s.post_level, s.rank_title, s.team_role, "
                                    + intOf("max_holders", 1) + ", " + keyKind("LAW_ENFORCEMENT") + ", " + keyKind("PERSONNEL")
                                    + ", " + keyKind("PROJECT_APPROVAL") + ", " + keyKind("FINANCE") + ", " + keyKind("AUDIT")
                                    + ", " + intOf("sort_order", 0),
                            "t.code = s.code");
            // the Java pass has checked the cadre's own facts; left: the unit and the ethnicity dictionary
            case CADRES -> r.reference("unit_code", "org_unit", true).dictionary("ethnicity", "ethnicity", true).key("id_number")
                    .unique("(id_number_digest)")
                    .insert("cadre", "unit_id, name, gender, ethnicity, birth_date, native_place, party_join_date, "
                            + "work_start_date, id_number_cipher, id_number_digest, phone_cipher, cadre_type, specialty, "
                            + "familiar_fields, status, created_at, updated_at",
                            idOf("unit_code") + ", s.name, s.gender, s.ethnicity, cast(s.birth_date as date), s.native_place, "
                                    + "cast(s.party_join_date as date), cast(s.work_start_date as date), s.id_cipher, s.digest, "
                                    + "s.phone_cipher, s.cadre_type, s.specialty, s.familiar_fields, 'ACTIVE', current_timestamp, "
                                    + "current_timestamp",
                            "t.id_number_digest = s.digest");
            case EDUCATIONS -> r.cadre().code("study_mode", "study_mode", true)
                    .dictionary("education_level", "education_level", true).dictionary("degree", "degree", false)
                    .text("school", 100, true).text("major", 100, false).date("start_date", false, true)
                    .date("end_date", false, false).ordered("start_date", "end_date")
                    .key("id_number", "education_level", "school", "start_date")
                    .insert("cadre_education", "cadre_id, study_mode, education_level, degree, school, major, start_date, end_date",
                            "ck.cadre_id, s.study_mode, s.education_level, s.degree, s.school, s.major, "
                                    + dateOf("start_date") + ", " + dateOf("end_date"),
                            "t.cadre_id = ck.cadre_id and t.education_level = s.education_level and t.school = s.school"
                                    + " and t.start_date is not distinct from " + dateOf("start_date"));
            case RESUME -> r.cadre().date("start_date", true, true).date("end_date", false, false)
                    .ordered("start_date", "end_date").text("description", 500, true)
                    .key("id_number", "start_date", "description")
                    .insert("cadre_resume_entry", "cadre_id, start_date, end_date, description",
                            "ck.cadre_id, " + dateOf("start_date") + ", " + dateOf("end_date") + ", s.description",
                            "t.cadre_id = ck.cadre_id and t.start_date = " + dateOf("start_date")
                                    + " and t.description = s.description");
            case FAMILY -> r.cadre().dictionary("relation", "family_relation", true).text("name", 50, true)
                    .date("birth_date", false, true).dictionary("political_status", "political_status", false)
                    .text("work_unit", 150, false).text("post_title", 100, false).bool("settled_abroad")
                    .text("abroad_country", 60, false)
                    .check("s.settled_abroad = 'true' and (s.abroad_country is null or trim(s.abroad_country) = '')",
                            "'abroad_country: required when settled abroad'")
                    .date("settled_since", false, true).key("id_number", "relation", "name", "birth_date")
                    .insert("cadre_family_member", "cadre_id, relation, name, birth_date, political_status, work_unit, "
                            + "post_title, settled_abroad, abroad_country, settled_since",
                            "ck.cadre_id, s.relation, s.name, " + dateOf("birth_date") + ", s.political_status, s.work_unit, "
                                    + "s.post_title, " + boolOf("settled_abroad") + ", s.abroad_country, " + dateOf("settled_since"),
                            "t.cadre_id = ck.cadre_id and t.relation = s.relation and t.name = s.name"
                                    + " and t.birth_date is not distinct from " + dateOf("birth_date"));
            case REWARDS -> r.cadre().dictionary("reward_type", "reward_type", true).text("title", 200, true)
                    .date("decision_date", true, true).text("issuer", 100, false)
                    .key("id_number", "reward_type", "decision_date", "title")
                    .insert("cadre_reward", "cadre_id, reward_type, title, decision_date, issuer",
                            "ck.cadre_id, s.reward_type, s.title, " + dateOf("decision_date") + ", s.issuer",
                            "t.cadre_id = ck.cadre_id and t.reward_type = s.reward_type and t.decision_date = "
                                    + dateOf("decision_date") + " and t.title = s.title");
            case SANCTIONS -> r.cadre().required("sanction_type")
                    .check("not exists (select 1 from sanction_type st where st.code = s.sanction_type)",
                            "'sanction_type: unknown code: ' || s.sanction_type")
                    .date("decision_date", true, true).text("issuer", 100, false).text("reason", 500, true)
                    .date("influence_ends_on", true, false).ordered("decision_date", "influence_ends_on")
                    .key("id_number", "sanction_type", "decision_date")
                    .insert("cadre_sanction", "cadre_id, sanction_type, decision_date, issuer, reason, influence_ends_on",
                            "ck.cadre_id, s.sanction_type, " + dateOf("decision_date") + ", s.issuer, s.reason, "
                                    + dateOf("influence_ends_on"),
                            "t.cadre_id = ck.cadre_id and t.sanction_type = s.sanction_type and t.decision_date = "
                                    + dateOf("decision_date"));
            case TAGS -> r.cadre().code("polarity", "polarity", true).text("label", 40, true).text("reason", 500, true)
                    .date("tagged_on", true, true).text("tagged_by", 60, true).key("id_number", "label", "tagged_on")
                    .insert("cadre_tag", "cadre_id, polarity, label, reason, tagged_on, tagged_by",
                            "ck.cadre_id, s.polarity, s.label, s.reason, " + dateOf("tagged_on") + ", s.tagged_by",
                            "t.cadre_id = ck.cadre_id and t.label = s.label and t.tagged_on = " + dateOf("tagged_on"));
            case TENURES -> r.cadre().reference("post_code", "post", true).date("start_date", true, true)
                    .date("end_date", false, false).ordered("start_date", "end_date").text("document_no", 100, false)
                    .key("id_number", "post_code", "start_date")
                    .insert("tenure", "cadre_id, post_id, start_date, end_date, document_no",
                            "ck.cadre_id, " + idOf("post_code") + ", " + dateOf("start_date") + ", " + dateOf("end_date")
                                    + ", s.document_no",
                            "t.cadre_id = ck.cadre_id and t.post_id = " + idOf("post_code") + " and t.start_date = "
                                    + dateOf("start_date"));
            case YEARLY_GRADES -> r.cadre().year("year").code("grade", "annual_grade", true).key("id_number", "year").unique("(cadre_id, grade_year)")
                    .insert("annual_grade", "cadre_id, grade_year, grade, source, note, recorded_by, recorded_at",
                            "ck.cadre_id, " + yearOf("year") + ", s.grade, 'IMPORT', null, '" + actor.replace("'", "''")
                                    + "', current_timestamp",
                            "t.cadre_id = ck.cadre_id and t.grade_year = " + yearOf("year"));
            case PERFORMANCE_RECORDS -> r.cadre().month("month").text("text", 1000, true)
                    .code("grade", "monthly_grade", true).key("id_number", "month")
                    .unique("(cadre_id, report_month)")
                    .insert("performance_record", "cadre_id, report_month, text, grade",
                            "ck.cadre_id, " + monthOf("month") + ", s.text, s.grade",
                            "t.cadre_id = ck.cadre_id and t.report_month = " + monthOf("month"));
            case TALK_NOTES -> r.cadre().date("noted_on", true, true).code("kind", "note_kind", true)
                    .text("author", 100, true).text("text", 2000, true).key("id_number", "noted_on", "kind", "text")
                    .insert("talk_note", "cadre_id, noted_on, kind, author, text",
                            "ck.cadre_id, " + dateOf("noted_on") + ", s.kind, s.author, s.text",
                            "t.cadre_id = ck.cadre_id and t.noted_on = " + dateOf("noted_on") + " and t.kind = s.kind"
                                    + " and t.text = s.text");
            default -> throw new IllegalArgumentException(file.name());
        }
        return r;
    }

    private static String keyKind(String kind) {
        return "case when ';' || coalesce(s.key_kinds, '') || ';' like '%;" + kind + ";%' then true else false end";
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
