package cn.zhishi.bulkload;

import java.util.List;

/**
 * The files of the city data layout, in load order (parents first), with their header columns.
 * Records point at their parents by natural keys: unit code, post code, the cadre's ID number.
 * Documented in {@code docs/data-layout.md}.
 */
public enum CityFile {

    UNITS("units.csv", "code", "parent_code", "name", "node_type", "domain", "unit_class", "unit_level", "sort_order"),
    TEAMS("teams.csv", "unit_code", "name"),
    POSTS("posts.csv", "code", "unit_code", "title", "post_level", "rank_title", "team_role", "max_holders",
            "key_kinds", "sort_order"),
    CADRES("cadres.csv", "id_number", "unit_code", "name", "gender", "ethnicity", "birth_date", "native_place",
            "party_join_date", "work_start_date", "phone", "cadre_type", "specialty", "familiar_fields"),
    EDUCATIONS("educations.csv", "id_number", "study_mode", "education_level", "degree", "school", "major",
            "start_date", "end_date"),
    RESUME("resume_entries.csv", "id_number", "start_date", "end_date", "description"),
    FAMILY("family_members.csv", "id_number", "relation", "name", "birth_date", "political_status", "work_unit",
            "post_title", "settled_abroad", "abroad_country", "settled_since"),
    REWARDS("rewards.csv", "id_number", "reward_type", "title", "decision_date", "issuer"),
    SANCTIONS("sanctions.csv", "id_number", "sanction_type", "decision_date", "issuer", "reason", "influence_ends_on"),
    TAGS("tags.csv", "id_number", "polarity", "label", "reason", "tagged_on", "tagged_by"),
    TENURES("tenures.csv", "id_number", "post_code", "start_date", "end_date", "document_no"),
    YEARLY_GRADES("yearly_grades.csv", "id_number", "year", "grade"),
    PERFORMANCE_RECORDS("performance_records.csv", "id_number", "month", "text", "grade"),
    TALK_NOTES("talk_notes.csv", "id_number", "noted_on", "kind", "author", "text");

    public final String fileName;
    public final List<String> columns;

    CityFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(fileName + " has no column " + name);
        }
        return i;
    }
}
