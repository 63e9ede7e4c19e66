package cn.zhishi.cadre;

import cn.zhishi.audit.AuditHistory;
import cn.zhishi.org.UnitSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * 一人一表: everything on one cadre's file, ready to show. ID and phone numbers are already masked
 * unless the viewer may see them in full.
 */
public record CadreProfile(
        long id, int version, String name, Gender gender, String ethnicity, LocalDate birthDate, int age,
        String nativePlace, LocalDate partyJoinDate, LocalDate workStartDate, String idNumber, String phone,
        boolean sensitiveShownInFull, CadreType cadreType, String specialty, String familiarFields, CadreStatus status,
        UnitSummary unit, List<UnitSummary> unitPath, List<TenureView> tenures, List<Education> educations,
        List<ResumeEntry> resume, List<FamilyMember> family, List<Reward> rewards, List<SanctionView> sanctions,
        List<Tag> tags, List<AuditHistory.Change> history, boolean nakedOfficialRisk) {

    public List<TenureView> currentTenures() {
        return tenures.stream().filter(TenureView::current).toList();
    }

    /** A tenure with its post and unit, for the post timeline. */
    public record TenureView(long id, long postId, String postTitle, String postLevel, String unitName, long unitId,
            LocalDate startDate, LocalDate endDate, String documentNo, boolean current) {
    }

    /** A sanction with its type's label and basis, and whether its influence period runs today. */
    public record SanctionView(long id, String sanctionType, String typeLabel, String basis, LocalDate decisionDate,
            String issuer, String reason, LocalDate influenceEndsOn, boolean influenceActive) {
    }
}
