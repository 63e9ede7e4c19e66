package cn.zhishi.demo;

import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.Gender;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A generated cadre with the whole file: basic facts in clear (the loader encrypts the ID and phone
 * numbers), education, résumé, family, rewards, sanctions, tags and tenures in date order.
 *
 * @param serial 1-based position in the city's cadre sequence; loaders may derive ids from it
 * @param unitCode the unit of the cadre's current post
 */
public record CadreRecord(int serial, String unitCode, String name, Gender gender, String ethnicity,
        LocalDate birthDate, String nativePlace, LocalDate partyJoinDate, LocalDate workStartDate, String idNumber,
        String phone, CadreType cadreType, String specialty, String familiarFields, List<EducationRecord> educations,
        List<ResumeRecord> resume, List<FamilyRecord> family, List<RewardRecord> rewards,
        List<SanctionRecord> sanctions, List<TagRecord> tags, List<TenureRecord> tenures) {

    public CadreRecord {
        educations = List.copyOf(educations);
        resume = List.copyOf(resume);
        family = List.copyOf(family);
        rewards = List.copyOf(rewards);
        sanctions = List.copyOf(sanctions);
        tags = List.copyOf(tags);
        tenures = List.copyOf(tenures);
    }

    /** The post the cadre holds today (every generated cadre holds exactly one). */
    public Optional<TenureRecord> currentTenure() {
        return tenures.stream().filter(TenureRecord::isCurrent).findFirst();
    }
}
