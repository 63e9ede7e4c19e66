package cn.zhishi.bulkload;

import static cn.zhishi.bulkload.FileRules.cadreIdOf;
import static cn.zhishi.bulkload.FileRules.constant;

import cn.zhishi.sensitive.SensitiveDataCipher;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What each file of the city layout must satisfy and where its rows go: the registry's rules for
 * the same records (required fields and lengths as the forms check them, dictionary and enumeration
 * codes, dates that exist and are not in the future where a form refuses that, end not before start,
 * references by natural key) written as {@link FileRules}. Cadres are checked further by
 * {@code cn.zhishi.cadre.CadreFactsRules} ({@link CadreRows}).
 */
final class CityFileRules {

    static final List<String> ANNUAL_GRADES = List.of("EXCELLENT", "COMPETENT", "BASIC", "INCOMPETENT", "NOT_GRADED");
    static final List<String> MONTHLY_GRADES = List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR");
    static final List<String> NOTE_KINDS = List.of("TALK", "VISIT", "INTERVIEW", "INSPECTION");
    static final List<String> KEY_KINDS = List.of("LAW_ENFORCEMENT", "PERSONNEL", "PROJECT_APPROVAL", "FINANCE", "AUDIT");

    private static final int ABROAD = CityFile.FAMILY.column("settled_abroad");
    private static final int KINDS = CityFile.POSTS.column("key_kinds");

    private CityFileRules() {
    }

    /**
     * The rules of {@code file}. {@code unitCodesInFile}: the codes units.csv holds (a unit's parent
     * may come later in the file); {@code now}: the time recorded on the rows that carry one.
     */
    static FileRules of(CityFile file, LocalDate today, OffsetDateTime now, String actor, References refs,
            SensitiveDataCipher cipher, Set<String> unitCodesInFile) {
        FileRules r = new FileRules(file, today, refs);
        switch (file) {
            case UNITS -> r.text("code", 40, true)
                    .check(x -> x.text(1) != null && !refs.hasUnit(x.text(1)) && !unitCodesInFile.contains(x.text(1)),
                            x -> "parent_code: no such unit: " + x.text(1))
                    .check(x -> x.text(1) != null && x.text(1).equals(x.text(0)), x -> "parent_code: the unit itself")
                    .text("name", 100, true).code("node_type", names(cn.zhishi.org.NodeType.values()), true)
                    .code("domain", names(cn.zhishi.org.UnitDomain.values()), false)
                    .code("unit_class", names(cn.zhishi.org.UnitClass.values()), false)
                    .dictionary("unit_level", "unit_level", false).integer("sort_order", false).key("code")
                    // parents first: the loader inserts them level by level, taking the parent's id and path
                    .insert("bl_in_units", "code, parent_code, name, node_type, domain, unit_class, unit_level, sort_order",
                            "t.code = s.code", r.textOf("code"), r.textOf("parent_code"), r.textOf("name"),
                            r.textOf("node_type"), r.textOf("domain"), r.textOf("unit_class"), r.textOf("unit_level"),
                            r.intOf("sort_order", 0));
            case TEAMS -> r.unit("unit_code", true).text("name", 120, true).key("unit_code").unique("(unit_id)")
                    .insert("leadership_team", "unit_id, name", "t.unit_id = s.unit_id", r.parsedOf("unit_code"),
                            r.textOf("name"));
            case POSTS -> r.text("code", 60, true).unit("unit_code", true).text("title", 100, true)
                    .dictionary("post_level", "post_level", true).dictionary("rank_title", "rank", false)
                    .code("team_role", names(cn.zhishi.org.TeamRole.values()), false).integer("max_holders", false)
                    .check(x -> !keyKindsKnown(x.text(KINDS)), x -> "key_kinds: unknown kind in " + x.text(KINDS))
                    .integer("sort_order", false).key("code").unique("(code)")
                    .insert("post", "unit_id, code, title, post_level, rank_title, team_role, max_holders, key_law_enforcement, "
                            + "key_personnel, key_project_approval, key_finance, key_audit, sort_order", "t.code = s.code",
                            r.parsedOf("unit_code"), r.textOf("code"), r.textOf("title"), r.textOf("post_level"),
                            r.textOf("rank_title"), r.textOf("team_role"), r.intOf("max_holders", 1), keyKind(KINDS, "LAW_ENFORCEMENT"),
                            keyKind(KINDS, "PERSONNEL"), keyKind(KINDS, "PROJECT_APPROVAL"), keyKind(KINDS, "FINANCE"),
                            keyKind(KINDS, "AUDIT"), r.intOf("sort_order", 0));
            case CADRES -> cadres(r, today, now, cipher);
            case EDUCATIONS -> r.cadre().code("study_mode", names(cn.zhishi.cadre.StudyMode.values()), true)
                    .dictionary("education_level", "education_level", true).dictionary("degree", "degree", false)
                    .text("school", 100, true).text("major", 100, false).date("start_date", false, true)
                    .date("end_date", false, false).ordered("start_date", "end_date")
                    .key("id_number", "education_level", "school", "start_date")
                    .insert("cadre_education", "cadre_id, study_mode, education_level, degree, school, major, start_date, end_date",
                            "t.cadre_id = s.cadre_id and t.education_level = s.education_level and t.school = s.school"
                                    + " and t.start_date is not distinct from s.start_date",
                            cadreIdOf(), r.textOf("study_mode"), r.textOf("education_level"), r.textOf("degree"),
                            r.textOf("school"), r.textOf("major"), r.parsedOf("start_date"), r.parsedOf("end_date"));
            case RESUME -> r.cadre().date("start_date", true, true).date("end_date", false, false)
                    .ordered("start_date", "end_date").text("description", 500, true)
                    .key("id_number", "start_date", "description")
                    .insert("cadre_resume_entry", "cadre_id, start_date, end_date, description",
                            "t.cadre_id = s.cadre_id and t.start_date = s.start_date and t.description = s.description",
                            cadreIdOf(), r.parsedOf("start_date"), r.parsedOf("end_date"), r.textOf("description"));
            case FAMILY -> r.cadre().dictionary("relation", "family_relation", true).text("name", 50, true)
                    .date("birth_date", false, true).dictionary("political_status", "political_status", false)
                    .text("work_unit", 150, false).text("post_title", 100, false).bool("settled_abroad")
                    .text("abroad_country", 60, false)
                    .check(x -> "true".equals(x.text(ABROAD)) && (x.text(ABROAD + 1) == null || x.text(ABROAD + 1).isBlank()),
                            x -> "abroad_country: required when settled abroad")
                    .date("settled_since", false, true).key("id_number", "relation", "name", "birth_date")
                    .insert("cadre_family_member", "cadre_id, relation, name, birth_date, political_status, work_unit, "
                            + "post_title, settled_abroad, abroad_country, settled_since",
                            "t.cadre_id = s.cadre_id and t.relation = s.relation and t.name = s.name"
                                    + " and t.birth_date is not distinct from s.birth_date",
                            cadreIdOf(), r.textOf("relation"), r.textOf("name"), r.parsedOf("birth_date"),
                            r.textOf("political_status"), r.textOf("work_unit"), r.textOf("post_title"),
                            r.boolOf("settled_abroad"), r.textOf("abroad_country"), r.parsedOf("settled_since"));
            case REWARDS -> r.cadre().dictionary("reward_type", "reward_type", true).text("title", 200, true)
                    .date("decision_date", true, true).text("issuer", 100, false)
                    .key("id_number", "reward_type", "decision_date", "title")
                    .insert("cadre_reward", "cadre_id, reward_type, title, decision_date, issuer",
                            "t.cadre_id = s.cadre_id and t.reward_type = s.reward_type and t.decision_date = s.decision_date"
                                    + " and t.title = s.title",
                            cadreIdOf(), r.textOf("reward_type"), r.textOf("title"), r.parsedOf("decision_date"),
                            r.textOf("issuer"));
            case SANCTIONS -> r.cadre().required("sanction_type")
                    .check(x -> !refs.isSanctionType(x.text(1)), x -> "sanction_type: unknown code: " + x.text(1))
                    .date("decision_date", true, true).text("issuer", 100, false).text("reason", 500, true)
                    .date("influence_ends_on", true, false).ordered("decision_date", "influence_ends_on")
                    .key("id_number", "sanction_type", "decision_date")
                    .insert("cadre_sanction", "cadre_id, sanction_type, decision_date, issuer, reason, influence_ends_on",
                            "t.cadre_id = s.cadre_id and t.sanction_type = s.sanction_type and t.decision_date = s.decision_date",
                            cadreIdOf(), r.textOf("sanction_type"), r.parsedOf("decision_date"), r.textOf("issuer"),
                            r.textOf("reason"), r.parsedOf("influence_ends_on"));
            case TAGS -> r.cadre().code("polarity", names(cn.zhishi.cadre.TagPolarity.values()), true).text("label", 40, true)
                    .text("reason", 500, true).date("tagged_on", true, true).text("tagged_by", 60, true)
                    .key("id_number", "label", "tagged_on")
                    .insert("cadre_tag", "cadre_id, polarity, label, reason, tagged_on, tagged_by",
                            "t.cadre_id = s.cadre_id and t.label = s.label and t.tagged_on = s.tagged_on",
                            cadreIdOf(), r.textOf("polarity"), r.textOf("label"), r.textOf("reason"), r.parsedOf("tagged_on"),
                            r.textOf("tagged_by"));
            case TENURES -> r.cadre().post("post_code", true).date("start_date", true, true)
                    .date("end_date", false, false).ordered("start_date", "end_date").text("document_no", 100, false)
                    .key("id_number", "post_code", "start_date")
                    .insert("tenure", "cadre_id, post_id, start_date, end_date, document_no",
                            "t.cadre_id = s.cadre_id and t.post_id = s.post_id and t.start_date = s.start_date",
                            cadreIdOf(), r.parsedOf("post_code"), r.parsedOf("start_date"), r.parsedOf("end_date"),
                            r.textOf("document_no"));
            case YEARLY_GRADES -> r.cadre().year("year").code("grade", ANNUAL_GRADES, true).key("id_number", "year")
                    .unique("(cadre_id, grade_year)")
                    .insert("annual_grade", "cadre_id, grade_year, grade, source, note, recorded_by, recorded_at",
                            "t.cadre_id = s.cadre_id and t.grade_year = s.grade_year",
                            cadreIdOf(), r.parsedOf("year"), r.textOf("grade"), constant("IMPORT"), constant(null),
                            constant(actor), constant(now));
            case PERFORMANCE_RECORDS -> r.cadre().month("month").text("text", 1000, true)
                    .code("grade", MONTHLY_GRADES, true).key("id_number", "month").unique("(cadre_id, report_month)")
                    .insert("performance_record", "cadre_id, report_month, text, grade",
                            "t.cadre_id = s.cadre_id and t.report_month = s.report_month",
                            cadreIdOf(), r.parsedOf("month"), r.textOf("text"), r.textOf("grade"));
            case TALK_NOTES -> r.cadre().date("noted_on", true, true).code("kind", NOTE_KINDS, true)
                    .text("author", 100, true).text("text", 2000, true).key("id_number", "noted_on", "kind", "text")
                    .insert("talk_note", "cadre_id, noted_on, kind, author, text",
                            "t.cadre_id = s.cadre_id and t.noted_on = s.noted_on and t.kind = s.kind and t.text = s.text",
                            cadreIdOf(), r.parsedOf("noted_on"), r.textOf("kind"), r.textOf("author"), r.textOf("text"));
            default -> throw new IllegalArgumentException(file.name());
        }
        return r;
    }

    /**
     * cadres.csv: the registry's cadre rules in Java ({@link CadreRows}: ID number, dates, phone,
     * digest and encryption), then the unit and the ethnicity dictionary; duplicates by the
     * normalised ID number (the registry's unique key), among the rows that pass.
     */
    private static void cadres(FileRules r, LocalDate today, OffsetDateTime now, SensitiveDataCipher cipher) {
        CadreRows cadres = new CadreRows(cipher, today);
        Map<String, Long> seen = new HashMap<>();
        r.check(x -> {
            x.made = cadres.check(x.no, x.all());
            return ((CadreRows.Outcome) x.made).reason() != null;
        }, x -> ((CadreRows.Outcome) x.made).reason())
                .unit("unit_code", true).dictionary("ethnicity", "ethnicity", true)
                .check(x -> seen.putIfAbsent(cadre(x).idNumber(), x.no) != null,
                        x -> "duplicate of row " + seen.get(cadre(x).idNumber()))
                .keyShownOnly("id_number").unique("(id_number_digest)")
                .insert("cadre", "unit_id, name, gender, ethnicity, birth_date, native_place, party_join_date, "
                        + "work_start_date, id_number_cipher, id_number_digest, phone_cipher, cadre_type, specialty, "
                        + "familiar_fields, status, created_at, updated_at", "t.id_number_digest = s.id_number_digest",
                        r.parsedOf("unit_code"), made(CadreRows.Outcome::name), made(CadreRows.Outcome::gender),
                        made(CadreRows.Outcome::ethnicity), made(CadreRows.Outcome::birthDate),
                        made(CadreRows.Outcome::nativePlace), made(CadreRows.Outcome::partyJoinDate),
                        made(CadreRows.Outcome::workStartDate), made(CadreRows.Outcome::idCipher),
                        made(CadreRows.Outcome::digest), made(CadreRows.Outcome::phoneCipher),
                        made(CadreRows.Outcome::cadreType), made(CadreRows.Outcome::specialty),
                        made(CadreRows.Outcome::familiarFields), constant("ACTIVE"), constant(now), constant(now));
    }

    private static CadreRows.Outcome cadre(FileRules.Row row) {
        return (CadreRows.Outcome) row.made;
    }

    private static Function<FileRules.Row, Object> made(Function<CadreRows.Outcome, Object> part) {
        return x -> part.apply(cadre(x));
    }

    /** {@code key_kinds}: kinds of key post separated by semicolons, each one the registry knows. */
    private static boolean keyKindsKnown(String kinds) {
        if (kinds == null) {
            return true;
        }
        for (String k : kinds.split(";")) {
            if (!k.isEmpty() && !KEY_KINDS.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static Function<FileRules.Row, Object> keyKind(int column, String kind) {
        return x -> x.text(column) != null && Arrays.asList(x.text(column).split(";")).contains(kind);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
