package cn.zhishi.demo;

import java.sql.Types;

/**
 * The registry tables a generated city goes into, parents before children, with the columns filled
 * from the records (after {@code id}) and their SQL types. One place for the layout, so that a bulk
 * loader or a CSV export writes the same columns in the same order.
 */
enum DemoTable {

    UNIT("org_unit", "units", "parent_id, code, name, node_type, domain, unit_class, unit_level, path, depth, sort_order",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.INTEGER, Types.INTEGER),
    TEAM("leadership_team", "teams", "unit_id, name", Types.BIGINT, Types.VARCHAR),
    POST("post", "posts", "unit_id, code, title, post_level, rank_title, team_role, max_holders, key_law_enforcement, "
            + "key_personnel, key_project_approval, key_finance, key_audit, sort_order",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
            Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.INTEGER),
    CADRE("cadre", "cadres", "unit_id, name, gender, ethnicity, birth_date, native_place, party_join_date, "
            + "work_start_date, id_number_cipher, id_number_digest, phone_cipher, cadre_type, specialty, familiar_fields, "
            + "status, created_at, updated_at",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE),
    EDUCATION("cadre_education", "educations",
            "cadre_id, study_mode, education_level, degree, school, major, start_date, end_date",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE),
    RESUME("cadre_resume_entry", "resumeEntries", "cadre_id, start_date, end_date, description",
            Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR),
    FAMILY("cadre_family_member", "familyMembers", "cadre_id, relation, name, birth_date, political_status, work_unit, "
            + "post_title, settled_abroad, abroad_country, settled_since",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BOOLEAN, Types.VARCHAR, Types.DATE),
    REWARD("cadre_reward", "rewards", "cadre_id, reward_type, title, decision_date, issuer",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR),
    SANCTION("cadre_sanction", "sanctions", "cadre_id, sanction_type, decision_date, issuer, reason, influence_ends_on",
            Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.DATE),
    TAG("cadre_tag", "tags", "cadre_id, polarity, label, reason, tagged_on, tagged_by",
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR),
    TENURE("tenure", "tenures", "cadre_id, post_id, start_date, end_date, document_no",
            Types.BIGINT, Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR),
    ANNUAL_GRADE("annual_grade", "annualGrades", "cadre_id, grade_year, grade, source, note, recorded_by, recorded_at",
            Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE),
    PERFORMANCE("performance_record", "performanceRecords", "cadre_id, report_month, text, grade",
            Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR),
    TALK_NOTE("talk_note", "talkNotes", "cadre_id, noted_on, kind, author, text",
            Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
    REPORT("monthly_report", "monthlyReports", "version, cadre_id, unit_id, report_year, report_month, status, due_date, "
            + "self_grade, self_appraisal, submitted_at, late, return_reason, returned_as_empty, truthful, review_grade, "
            + "review_comment, reviewed_by, reviewed_at, signed_by, signed_at, posted_from, posted_until, archived_at, "
            + "correction_required, correction, created_at, updated_at",
            Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.DATE,
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN, Types.VARCHAR, Types.BOOLEAN,
            Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE),
    REPORT_ITEM("report_item", "reportItems", "report_id, item_order, kind, title, done, completion, evidence",
            Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
    COMPLAINT("complaint", "complaints", "version, report_id, tracking_digest, anonymous, complainant_name, "
            + "complainant_contact, kind, body, status, assignee, discipline_officer, findings, accountability, "
            + "received_on, concluded_on",
            Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.DATE),
    CRITICISM("public_criticism", "publicCriticisms", "cadre_id, unit_id, report_id, complaint_id, rule, source, reason, "
            + "created_at", Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),
    TASK("supervised_task", "supervisedTasks", "version, unit_id, owner_cadre_id, title, deadline, completed_on, carded, "
            + "created_by, created_at", Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),
    CARD("warning_card", "warningCards", "cadre_id, card_year, colour, reason, task_id, issued_on, created_at",
            Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.DATE,
            Types.TIMESTAMP_WITH_TIMEZONE);

    final String table;
    /** The name its row count goes under in the load summary. */
    final String label;
    final String columns;
    private final int[] types;

    DemoTable(String table, String label, String columns, int... types) {
        if (columns.split(",").length != types.length) {
            throw new IllegalStateException(table + ": columns and types differ");
        }
        this.table = table;
        this.label = label;
        this.columns = columns;
        this.types = types;
    }

    String insertSql() {
        return "insert into " + table + " (id, " + columns + ") values (" + "?, ".repeat(types.length) + "?)";
    }

    /** The SQL types of the insert's parameters, id first. */
    int[] parameterTypes() {
        int[] all = new int[types.length + 1];
        all[0] = Types.BIGINT;
        System.arraycopy(types, 0, all, 1, types.length);
        return all;
    }
}
