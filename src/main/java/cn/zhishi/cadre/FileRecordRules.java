package cn.zhishi.cadre;

import cn.zhishi.shared.Problems;
import java.time.LocalDate;

/** Required fields and date order of the records in a cadre's file (dictionary values are checked by the service). */
final class FileRecordRules {

    private FileRecordRules() {
    }

    static void check(EducationForm f, LocalDate today, Problems p) {
        p.require(f.getStudyMode(), "studyMode").require(f.getEducationLevel(), "educationLevel").require(f.getSchool(), "school");
        order(p, f.getStartDate(), f.getEndDate(), today);
        maxLength(p, "school", f.getSchool(), 100);
        maxLength(p, "major", f.getMajor(), 100);
    }

    static void check(ResumeEntryForm f, LocalDate today, Problems p) {
        p.require(f.getStartDate(), "startDate").require(f.getDescription(), "description");
        order(p, f.getStartDate(), f.getEndDate(), today);
        maxLength(p, "description", f.getDescription(), 500);
    }

    static void check(FamilyMemberForm f, LocalDate today, Problems p) {
        p.require(f.getRelation(), "relation").require(f.getName(), "name");
        CadreFactsRules.notInFuture(p, "birthDate", f.getBirthDate(), today);
        CadreFactsRules.notInFuture(p, "settledSince", f.getSettledSince(), today);
        if (f.isSettledAbroad()) {
            p.require(f.getAbroadCountry(), "abroadCountry");
        }
        maxLength(p, "name", f.getName(), 50);
        maxLength(p, "workUnit", f.getWorkUnit(), 150);
    }

    static void check(RewardForm f, LocalDate today, Problems p) {
        p.require(f.getRewardType(), "rewardType").require(f.getTitle(), "title").require(f.getDecisionDate(), "decisionDate");
        CadreFactsRules.notInFuture(p, "decisionDate", f.getDecisionDate(), today);
        maxLength(p, "title", f.getTitle(), 200);
    }

    static void check(SanctionForm f, LocalDate today, Problems p) {
        p.require(f.getSanctionType(), "sanctionType").require(f.getDecisionDate(), "decisionDate").require(f.getReason(), "reason");
        CadreFactsRules.notInFuture(p, "decisionDate", f.getDecisionDate(), today);
        maxLength(p, "reason", f.getReason(), 500);
    }

    static void check(TagForm f, Problems p) {
        p.require(f.getPolarity(), "polarity").require(f.getLabel(), "label").require(f.getReason(), "reason");
        maxLength(p, "label", f.getLabel(), 40);
        maxLength(p, "reason", f.getReason(), 500);
    }

    private static void order(Problems p, LocalDate start, LocalDate end, LocalDate today) {
        CadreFactsRules.notInFuture(p, "startDate", start, today);
        if (start != null && end != null && end.isBefore(start)) {
            p.add("endDate", "validation.endBeforeStart");
        }
    }

    private static void maxLength(Problems p, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            p.add(field, "validation.tooLong", max);
        }
    }
}
