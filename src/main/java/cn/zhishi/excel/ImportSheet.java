package cn.zhishi.excel;

import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.StudyMode;
import cn.zhishi.dictionary.Dictionaries;
import java.util.List;
import java.util.Optional;

/**
 * The data sheets of the import workbook (the file format). Sheet 1 holds one row per cadre; the
 * others hold any number of rows per cadre, tied to it by 身份证号. {@code listName} is the name the
 * cadre service gives the sheet's records in its problems ({@code educations[1].school}).
 */
enum ImportSheet {

    CADRES("干部基本信息", null,
            ImportColumn.text("姓名", "name", true),
            ImportColumn.choice("性别", "gender", Gender.class, true),
            ImportColumn.dictionary("民族", "ethnicity", Dictionaries.ETHNICITY, true),
            ImportColumn.date("出生日期", "birthDate", true),
            ImportColumn.idNumber("身份证号"),
            ImportColumn.text("手机号", "phone", false),
            ImportColumn.text("籍贯", "nativePlace", false),
            ImportColumn.date("入党时间", "partyJoinDate", false),
            ImportColumn.date("参加工作时间", "workStartDate", false),
            ImportColumn.choice("干部类型", "cadreType", CadreType.class, true),
            ImportColumn.code("所在单位编码", "unitId", ImportColumn.Kind.UNIT_CODE),
            ImportColumn.text("专业特长", "specialty", false),
            ImportColumn.text("熟悉领域", "familiarFields", false)),

    EDUCATION("学历学位", "educations",
            ImportColumn.idNumber("身份证号"),
            ImportColumn.choice("学习形式", "studyMode", StudyMode.class, true),
            ImportColumn.dictionary("学历", "educationLevel", Dictionaries.EDUCATION_LEVEL, true),
            ImportColumn.dictionary("学位", "degree", Dictionaries.DEGREE, false),
            ImportColumn.text("毕业院校", "school", true),
            ImportColumn.text("专业", "major", false),
            ImportColumn.date("入学时间", "startDate", false),
            ImportColumn.date("毕业时间", "endDate", false)),

    FAMILY("家庭成员", "family",
            ImportColumn.idNumber("身份证号"),
            ImportColumn.dictionary("称谓", "relation", Dictionaries.FAMILY_RELATION, true),
            ImportColumn.text("姓名", "name", true),
            ImportColumn.date("出生日期", "birthDate", false),
            ImportColumn.dictionary("政治面貌", "politicalStatus", Dictionaries.POLITICAL_STATUS, false),
            ImportColumn.text("工作单位", "workUnit", false),
            ImportColumn.text("职务", "postTitle", false),
            ImportColumn.yesNo("是否定居国（境）外", "settledAbroad"),
            ImportColumn.text("定居国家（地区）", "abroadCountry", false),
            ImportColumn.date("定居时间", "settledSince", false)),

    RESUME("简历", "resume",
            ImportColumn.idNumber("身份证号"),
            ImportColumn.date("起始时间", "startDate", true),
            ImportColumn.date("终止时间", "endDate", false),
            ImportColumn.text("经历", "description", true)),

    TENURES("任职", "tenures",
            ImportColumn.idNumber("身份证号"),
            ImportColumn.code("职位编码", "postId", ImportColumn.Kind.POST_CODE),
            ImportColumn.date("任职时间", "startDate", true),
            ImportColumn.date("免职时间", "endDate", false),
            ImportColumn.text("任职文号", "documentNo", false));

    /** Extra columns of the rejected-rows report; ignored when such a report is imported again. */
    static final String ROW_NUMBER_HEADER = "行号";
    static final String REASON_HEADER = "原因";

    private final String title;
    private final String listName;
    private final List<ImportColumn> columns;

    ImportSheet(String title, String listName, ImportColumn... columns) {
        this.title = title;
        this.listName = listName;
        this.columns = List.of(columns);
    }

    String title() {
        return title;
    }

    List<ImportColumn> columns() {
        return columns;
    }

    Optional<ImportColumn> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    Optional<ImportColumn> columnByHeader(String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst();
    }

    static Optional<ImportSheet> byListName(String listName) {
        for (ImportSheet s : values()) {
            if (listName.equals(s.listName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
