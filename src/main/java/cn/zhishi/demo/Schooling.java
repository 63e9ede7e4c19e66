package cn.zhishi.demo;

import cn.zhishi.cadre.StudyMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Education records (学历学位): full-time study before work, in the cohort's usual level, and for
 * some an in-service degree later (党校 or university). Majors suit the career group and give a
 * specialty (专长).
 */
final class Schooling {

    /** Full-time levels with their education_level and degree codes, usual age at graduation and years of study. */
    enum Level {
        SECONDARY("40", "0", 19, 3), COLLEGE("30", "0", 21, 3), BACHELOR("20", "3", 22, 4), MASTER("14", "2", 25, 3);

        final String code;
        final String degree;
        final int graduationAge;
        final int years;

        Level(String code, String degree, int graduationAge, int years) {
            this.code = code;
            this.degree = degree;
            this.graduationAge = graduationAge;
            this.years = years;
        }

        Level lower() {
            return values()[Math.max(0, ordinal() - 1)];
        }
    }

    /** What was studied and where, for a career group. */
    record Study(String school, String major) {
    }

    private static final Map<String, List<String>> MAJORS = Map.of(
            "medical", List.of("临床医学", "护理学", "中医学", "预防医学"),
            "education", List.of("汉语言文学", "数学与应用数学", "英语", "物理学"),
            "general", List.of("汉语言文学", "法学", "经济学", "会计学", "农学", "行政管理", "计算机科学与技术", "土木工程",
                    "城乡规划", "思想政治教育", "公共事业管理", "财务管理", "环境工程", "林学", "旅游管理", "社会工作"));
    private static final Map<String, String> EXPERTISE_OF_MAJOR = Map.ofEntries(
            Map.entry("临床医学", "医疗卫生"), Map.entry("护理学", "医疗卫生"), Map.entry("中医学", "医疗卫生"),
            Map.entry("预防医学", "医疗卫生"), Map.entry("汉语言文学", "文字综合"), Map.entry("数学与应用数学", "教育管理"),
            Map.entry("英语", "教育管理"), Map.entry("物理学", "教育管理"), Map.entry("法学", "法律"),
            Map.entry("经济学", "经济管理"), Map.entry("会计学", "财务审计"), Map.entry("农学", "农业技术"),
            Map.entry("行政管理", "行政管理"), Map.entry("计算机科学与技术", "信息技术"), Map.entry("土木工程", "工程管理"),
            Map.entry("城乡规划", "城乡规划"), Map.entry("思想政治教育", "党建工作"), Map.entry("公共事业管理", "基层治理"),
            Map.entry("财务管理", "财务审计"), Map.entry("环境工程", "生态环保"), Map.entry("林学", "林业生态"),
            Map.entry("旅游管理", "文化旅游"), Map.entry("社会工作", "群众工作"));
    private static final List<String> UNIVERSITIES = List.of("贵州大学", "贵州师范大学", "贵州财经大学", "贵州民族大学",
            "西南大学", "四川大学", "云南大学", "重庆大学", "华中农业大学", "中南财经政法大学", "湖南师范大学", "凯里学院");
    private static final List<String> MEDICAL_UNIVERSITIES = List.of("贵州医科大学", "遵义医科大学", "贵州中医药大学");
    private static final List<String> NORMAL_UNIVERSITIES = List.of("贵州师范大学", "西南大学", "湖南师范大学", "凯里学院");
    private static final List<String> GRADUATE_SCHOOLS = List.of("贵州大学", "西南大学", "四川大学", "中南财经政法大学", "云南大学");
    private static final List<String> COLLEGES = List.of("贵州农业职业学院", "黔东南民族职业技术学院", "贵州交通职业技术学院",
            "贵州商学院", "铜仁职业技术学院");
    private static final List<String> SECONDARY_SCHOOLS = List.of("贵州省经济学校", "云岭市农业学校", "云岭市卫生学校",
            "贵州省林业学校");

    private Schooling() {
    }

    /** The full-time level for someone born around {@code birthYear}: older cohorts studied less. */
    static Level fullTimeLevel(Rng r, int birthYear) {
        if (birthYear < 1972) {
            return Level.values()[r.weighted(0.25, 0.35, 0.4, 0)];
        }
        if (birthYear < 1985) {
            return Level.values()[r.weighted(0.03, 0.25, 0.64, 0.08)];
        }
        return Level.values()[r.weighted(0, 0.12, 0.68, 0.2)];
    }

    static Study study(Rng r, Level level, String group) {
        String major = r.pick(MAJORS.getOrDefault(group, MAJORS.get("general")));
        String school = switch (level) {
            case SECONDARY -> r.pick(SECONDARY_SCHOOLS);
            case COLLEGE -> r.pick(COLLEGES);
            case MASTER -> r.pick(GRADUATE_SCHOOLS);
            case BACHELOR -> group.equals("medical") ? r.pick(MEDICAL_UNIVERSITIES)
                    : group.equals("education") ? r.pick(NORMAL_UNIVERSITIES) : r.pick(UNIVERSITIES);
        };
        return new Study(school, major);
    }

    static String expertiseOf(String major) {
        return EXPERTISE_OF_MAJOR.getOrDefault(major, "行政管理");
    }

    /** Full-time records ending on {@code graduation} (a master's is preceded by a bachelor's). */
    static List<EducationRecord> fullTime(Level level, Study study, LocalDate graduation) {
        List<EducationRecord> out = new ArrayList<>();
        int year = graduation.getYear();
        if (level == Level.MASTER) {
            int bachelorEnd = year - Level.MASTER.years;
            out.add(new EducationRecord(StudyMode.FULL_TIME, Level.BACHELOR.code, Level.BACHELOR.degree, study.school(),
                    study.major(), LocalDate.of(bachelorEnd - Level.BACHELOR.years, 9, 1), LocalDate.of(bachelorEnd, 7, 1)));
        }
        out.add(new EducationRecord(StudyMode.FULL_TIME, level.code, level.degree, study.school(), study.major(),
                LocalDate.of(year - level.years, 9, 1), graduation));
        return out;
    }

    /**
     * An in-service degree for some: a bachelor's for those who left school with less, a
     * postgraduate course (党校 研究生 or an MPA) for some section-level cadres; none when it would
     * not have finished by {@code today}.
     */
    static EducationRecord inService(Rng r, Level level, int tier, LocalDate workStart, LocalDate today) {
        if (level.ordinal() < Level.BACHELOR.ordinal() && r.chance(0.7)) {
            int startYear = workStart.getYear() + r.between(1, 6);
            LocalDate end = LocalDate.of(startYear + 3, 7, 1);
            if (!end.isBefore(today)) {
                return null;
            }
            boolean partySchool = r.chance(0.6);
            return new EducationRecord(StudyMode.IN_SERVICE, "20", partySchool ? "0" : "3",
                    partySchool ? "中共贵州省委党校" : "贵州大学", partySchool ? "经济管理" : r.pick(List.of("法学", "行政管理")),
                    LocalDate.of(startYear, 9, 1), end);
        }
        if (level == Level.BACHELOR && tier >= 1 && r.chance(0.35)) {
            int startYear = workStart.getYear() + r.between(4, 12);
            LocalDate end = LocalDate.of(startYear + 3, 7, 1);
            if (!end.isBefore(today)) {
                return null;
            }
            return r.chance(0.5)
                    ? new EducationRecord(StudyMode.IN_SERVICE, "10", "0", "中共贵州省委党校",
                            r.pick(List.of("经济管理", "法学", "党的建设")), LocalDate.of(startYear, 9, 1), end)
                    : new EducationRecord(StudyMode.IN_SERVICE, "14", "2", "贵州大学", "公共管理（MPA）",
                            LocalDate.of(startYear, 9, 1), end);
        }
        return null;
    }
}
