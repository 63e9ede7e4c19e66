package cn.zhishi.demo;

import cn.zhishi.cadre.Gender;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Family members (家庭成员): spouse, children and parents, with ages, work and political status that
 * fit the cadre's age. A few cadres have a child settled abroad, and one in a county has spouse and
 * all children settled abroad (the 裸官 case the 2014 measures restrict).
 */
final class Families {

    /** Who in the family has settled abroad. */
    enum Abroad { NONE, CHILD, SPOUSE_AND_CHILDREN }

    private static final List<String[]> SPOUSE_JOBS = List.of(new String[] {"{县}第一中学", "教师"},
            new String[] {"{县}人民医院", "护士"}, new String[] {"{县}农村信用合作联社", "职员"},
            new String[] {"{县}税务局", "科员"}, new String[] {"个体经营", null}, new String[] {"{县}妇幼保健院", "医师"},
            new String[] {"云岭市第二中学", "教师"}, new String[] {"中国移动{县}分公司", "职员"},
            new String[] {"{县}自然资源局", "科员"}, new String[] {"{县}实验小学", "教师"}, new String[] {"务农", null});
    private static final List<String[]> CHILD_JOBS = List.of(new String[] {"云岭市人民医院", "医师"},
            new String[] {"贵阳市某科技有限公司", "工程师"}, new String[] {"{县}实验小学", "教师"},
            new String[] {"中国工商银行云岭分行", "职员"}, new String[] {"广东省深圳市某电子公司", "职员"},
            new String[] {"云岭市公安局", "民警"});
    private static final List<String> UNIVERSITIES = List.of("贵州大学", "四川大学", "重庆大学", "西南大学", "武汉大学");
    private static final List<String> COUNTRIES = List.of("美国", "加拿大", "澳大利亚", "新西兰", "新加坡", "英国");

    private Families() {
    }

    static List<FamilyRecord> of(Rng r, Identities.Facts f, String county, LocalDate today, Abroad abroad) {
        int age = Period.between(f.birthDate(), today).getYears();
        String surname = f.name().startsWith("欧阳") ? "欧阳" : f.name().substring(0, 1);
        List<FamilyRecord> out = new ArrayList<>();
        boolean married = abroad != Abroad.NONE || (age >= 30 ? r.chance(0.92) : age >= 26 && r.chance(0.5));
        String country = r.pick(COUNTRIES);
        LocalDate settledSince = today.minusDays(r.between(365, 8 * 365));

        String childSurname = surname;
        if (married) {
            Gender g = f.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            int older = f.gender() == Gender.MALE ? -1 : 1;
            LocalDate birth = f.birthDate().plusDays(older * r.between(-365, 4 * 365));
            String name = Names.person(r, g);
            if (g == Gender.MALE) {
                childSurname = name.startsWith("欧阳") ? "欧阳" : name.substring(0, 1);
            }
            String[] job = r.pick(SPOUSE_JOBS);
            boolean away = abroad == Abroad.SPOUSE_AND_CHILDREN;
            out.add(new FamilyRecord("SPOUSE", name, birth, political(r, 0.45), away ? null : place(job[0], county),
                    away ? null : job[1], away, away ? country : null, away ? settledSince : null));
        }
        if (married && (age >= 28 || abroad != Abroad.NONE)) {
            int children = abroad != Abroad.NONE ? r.between(1, 2) : r.weighted(0.1, 0.55, 0.35);
            LocalDate childBirth = abroad != Abroad.NONE
                    ? f.birthDate().plusYears(r.between(24, Math.max(24, age - 21))).plusDays(r.between(0, 300))
                    : f.birthDate().plusYears(r.between(24, 34)).plusDays(r.between(0, 300));
            for (int i = 0; i < children && childBirth.isBefore(today.minusDays(60)); i++) {
                boolean away = abroad == Abroad.SPOUSE_AND_CHILDREN || (abroad == Abroad.CHILD && i == 0);
                out.add(child(r, childSurname, childBirth, county, today, away, country));
                childBirth = childBirth.plusYears(r.between(2, 6)).plusDays(r.between(0, 300));
            }
        }
        if (age <= 56) {
            LocalDate fatherBirth = f.birthDate().minusYears(r.between(23, 32)).minusDays(r.between(0, 300));
            if (r.chance(age < 45 ? 0.85 : 0.6)) {
                out.add(parent(r, "FATHER", surname + Names.given(r, Gender.MALE), fatherBirth, county));
            }
            if (r.chance(age < 45 ? 0.9 : 0.7)) {
                out.add(parent(r, "MOTHER", Names.person(r, Gender.FEMALE), fatherBirth.plusDays(r.between(-400, 1500)), county));
            }
        }
        return out;
    }

    private static FamilyRecord child(Rng r, String surname, LocalDate birth, String county, LocalDate today,
            boolean abroad, String country) {
        boolean son = r.chance(0.5);
        int age = Period.between(birth, today).getYears();
        String name = surname + Names.given(r, son ? Gender.MALE : Gender.FEMALE);
        String political = age >= 18 && r.chance(0.15) ? "CPC" : age >= 14 && age < 28 && r.chance(0.6) ? "CYL" : "NONE";
        if (abroad) {
            LocalDate adult = birth.plusYears(20);
            LocalDate since = r.dateBetween(adult.isAfter(today.minusDays(30)) ? today.minusDays(30) : adult, today.minusDays(30));
            return new FamilyRecord(son ? "SON" : "DAUGHTER", name, birth, political, country + "某公司", "职员", true, country,
                    since);
        }
        String[] job = age < 6 ? new String[] {null, null}
                : age < 12 ? new String[] {county + "实验小学", "学生"}
                : age < 18 ? new String[] {county + "第一中学", "学生"}
                : age < 22 ? new String[] {r.pick(UNIVERSITIES), "学生"} : r.pick(CHILD_JOBS);
        return new FamilyRecord(son ? "SON" : "DAUGHTER", name, birth, political, place(job[0], county), job[1], false, null,
                null);
    }

    private static FamilyRecord parent(Rng r, String relation, String name, LocalDate birth, String county) {
        boolean farmer = r.chance(0.5);
        return new FamilyRecord(relation, name, birth, political(r, 0.35), farmer ? county + "农村" : county + r.pick(
                List.of("教育局", "供销合作社", "粮食局", "人民医院")), farmer ? "务农" : "退休", false, null, null);
    }

    private static String political(Rng r, double partyShare) {
        double x = r.unit();
        return x < partyShare ? "CPC" : x < partyShare + 0.05 ? "DEMOCRATIC" : "NONE";
    }

    private static String place(String template, String county) {
        return template == null ? null : template.replace("{县}", county);
    }
}
