package cn.zhishi.demo;

import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.cadre.Gender;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's basic facts, made to agree with each other and with the career they will have:
 * age today 25–59, schooling finished before work, work started before the first post (and after the
 * 16th birthday), Party membership after the 18th birthday, and an ID number whose birth date, sex
 * digit and check character are right and which nobody else in the city has.
 */
final class Identities {

    /**
     * The basic facts. {@code grassrootsService} says that a recruit served two or three years at
     * the grassroots (大学生村官, 三支一扶, 西部计划) between {@code workStart} and the first post.
     */
    record Facts(Gender gender, String name, String ethnicity, Places.Place nativePlace, LocalDate birthDate,
            Schooling.Level level, Schooling.Study study, List<EducationRecord> educations, LocalDate workStart,
            boolean grassrootsService, LocalDate partyJoin, String idNumber, String phone) {
    }

    private static final String[] ETHNICITIES = {"01", "06", "12", "09", "15", "25", "07", "03", "08"};
    private static final double[] ETHNICITY_WEIGHTS = {0.78, 0.08, 0.05, 0.03, 0.02, 0.015, 0.01, 0.01, 0.005};
    private static final List<String> PHONE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181", "182", "183",
            "185", "186", "187", "188", "189", "199");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** Usual age on taking the first post in the registry, by its tier (staff … 副处); recruits are younger. */
    private static final int[][] ENTRY_AGE = {{22, 42}, {28, 44}, {32, 46}, {38, 48}};
    private static final int[] RECRUIT_AGE = {22, 30};

    private Identities() {
    }

    static Facts make(Rng r, CareerSimulation.Person p, int countyIndex, LocalDate today, Set<String> taken) {
        int tierNow = p.slot.tier;
        Gender gender = r.chance(tierNow >= 2 ? 0.18 : tierNow == 1 ? 0.3 : 0.45) ? Gender.FEMALE : Gender.MALE;
        String name = Names.person(r, gender);
        String ethnicity = ETHNICITIES[r.weighted(ETHNICITY_WEIGHTS)];
        Places.Place place = Places.nativePlace(r, countyIndex);
        String group = p.stints.get(0).slot.group();

        LocalDate entry = p.entryDate;
        int yearsToToday = Period.between(entry, today).getYears();
        Schooling.Level level = Schooling.fullTimeLevel(r, entry.getYear() - 30);
        int prior = p.entry == CareerSimulation.Entry.RECRUIT && r.chance(0.25) ? r.between(2, 3) : 0;
        int[] range = p.entry == CareerSimulation.Entry.RECRUIT ? RECRUIT_AGE : ENTRY_AGE[p.entryTier];
        int lo;
        int hi;
        while (true) {
            lo = Math.max(Math.max(range[0], level.graduationAge + prior), 25 - yearsToToday);
            hi = Math.min(range[1], 58 - yearsToToday);
            if (lo <= hi || level == Schooling.Level.SECONDARY) {
                break;
            }
            level = level.lower();
            prior = 0;
        }
        LocalDate birth = entry.minusYears(r.between(lo, Math.max(lo, hi))).minusDays(r.between(0, 364));
        int age = Period.between(birth, today).getYears();
        if (age > 59) {
            birth = birth.plusYears(age - 59);
        } else if (age < 25) {
            birth = birth.minusYears(25 - age);
        }

        LocalDate graduation = LocalDate.of(birth.getYear() + level.graduationAge, 7, 1);
        while (graduation.isAfter(entry.minusYears(prior))) {
            graduation = graduation.minusYears(1);
        }
        Schooling.Study study = Schooling.study(r, level, group);
        // A recruit's first post is their first job unless they served at the grassroots first or
        // left school long before; everyone else worked elsewhere before their first post here.
        boolean recruit = p.entry == CareerSimulation.Entry.RECRUIT;
        LocalDate workStart = recruit && prior > 0 ? entry.minusYears(prior).minusDays(r.between(0, 90))
                : recruit && !graduation.plusMonths(18).isBefore(entry) ? entry
                : graduation.plusDays(r.between(30, 200));
        if (workStart.isBefore(graduation)) {
            workStart = graduation;
        }
        if (workStart.isAfter(entry)) {
            workStart = entry;
        }
        if (workStart.isBefore(birth.plusYears(16))) {
            workStart = birth.plusYears(16);
        }

        List<EducationRecord> educations = new ArrayList<>(Schooling.fullTime(level, study, graduation));
        EducationRecord inService = Schooling.inService(r, level, tierNow, workStart, today);
        if (inService != null) {
            educations.add(inService);
        }
        LocalDate partyJoin = partyJoin(r, tierNow, birth, educations.get(0).startDate(), graduation, workStart, today);
        return new Facts(gender, name, ethnicity, place, birth, level, study, educations, workStart, prior > 0, partyJoin,
                idNumber(r, place.regionCode(), birth, gender, taken), phone(r, taken));
    }

    /** Most join the Party at university or in their first years of work, never before 18. */
    private static LocalDate partyJoin(Rng r, int tier, LocalDate birth, LocalDate studyStart, LocalDate graduation,
            LocalDate workStart, LocalDate today) {
        if (!r.chance(tier >= 1 ? 0.97 : 0.78)) {
            return null;
        }
        LocalDate adult = birth.plusYears(18);
        LocalDate latest = today.minusDays(30);
        if (r.chance(0.5)) {
            LocalDate from = max(adult, studyStart.plusDays(180));
            if (!from.isAfter(graduation)) {
                return r.dateBetween(from, graduation);
            }
        }
        LocalDate from = max(adult, workStart.plusDays(180));
        LocalDate to = workStart.plusYears(8).isAfter(latest) ? latest : workStart.plusYears(8);
        return from.isAfter(latest) ? null : r.dateBetween(from, to.isBefore(from) ? from : to);
    }

    /** GB 11643: region, birth date, a sequence whose last digit is odd for men, the check character. */
    private static String idNumber(Rng r, String region, LocalDate birth, Gender gender, Set<String> taken) {
        String head = region + birth.format(YYYYMMDD);
        while (true) {
            int parity = r.between(0, 4) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = head + String.format("%02d", r.between(0, 99)) + parity;
            if (taken.add(first17)) {
                return first17 + CitizenIdNumber.checkCharacter(first17);
            }
        }
    }

    /** Phone numbers share {@code taken} with the 17-digit ID prefixes; their lengths keep them apart. */
    private static String phone(Rng r, Set<String> taken) {
        while (true) {
            String phone = r.pick(PHONE_PREFIXES) + String.format("%08d", r.between(0, 99_999_999));
            if (taken.add(phone)) {
                return phone;
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
