package cn.zhishi.cadre;

import cn.zhishi.shared.Problems;
import java.time.LocalDate;

/**
 * Consistency of a cadre's basic facts, checked on every entry path before anything is saved:
 * <ul>
 * <li>the ID number is a valid GB 11643 number and agrees with the birth date and gender;</li>
 * <li>work starts on or after the 16th birthday (《劳动法》第十五条: no employment under 16);</li>
 * <li>Party membership starts on or after the 18th birthday (《中国共产党章程》第一条);</li>
 * <li>no date lies in the future, and a phone number looks like one.</li>
 * </ul>
 * Required fields and dictionary values are checked beside these by the service.
 */
public final class CadreFactsRules {

    private CadreFactsRules() {
    }

    public static void check(CadreForm f, LocalDate today, Problems p) {
        p.require(f.getUnitId(), "unitId").require(f.getName(), "name").require(f.getGender(), "gender")
                .require(f.getEthnicity(), "ethnicity").require(f.getBirthDate(), "birthDate")
                .require(f.getIdNumber(), "idNumber").require(f.getCadreType(), "cadreType");
        if (f.getName() != null && f.getName().trim().length() > 50) {
            p.add("name", "validation.tooLong", 50);
        }
        if (f.getIdNumber() != null && !f.getIdNumber().isBlank()) {
            CitizenIdNumber.Parsed parsed = CitizenIdNumber.parse(f.getIdNumber());
            if (parsed instanceof CitizenIdNumber.Invalid invalid) {
                p.add("idNumber", "cadre.idNumber." + invalid.defect().name());
            } else if (parsed instanceof CitizenIdNumber.Valid valid) {
                if (f.getBirthDate() != null && !valid.id().birthDate().equals(f.getBirthDate())) {
                    p.add("idNumber", "cadre.idNumber.birthDateMismatch", valid.id().birthDate().toString());
                }
                if (f.getGender() != null && valid.id().gender() != f.getGender()) {
                    p.add("idNumber", "cadre.idNumber.genderMismatch");
                }
            }
        }
        LocalDate birth = f.getBirthDate();
        notInFuture(p, "birthDate", birth, today);
        notInFuture(p, "workStartDate", f.getWorkStartDate(), today);
        notInFuture(p, "partyJoinDate", f.getPartyJoinDate(), today);
        if (birth != null && f.getWorkStartDate() != null && f.getWorkStartDate().isBefore(birth.plusYears(16))) {
            p.add("workStartDate", "cadre.workStart.beforeSixteen", birth.plusYears(16).toString());
        }
        if (birth != null && f.getPartyJoinDate() != null && f.getPartyJoinDate().isBefore(birth.plusYears(18))) {
            p.add("partyJoinDate", "cadre.partyJoin.beforeEighteen", birth.plusYears(18).toString());
        }
        if (f.getPhone() != null && !f.getPhone().isBlank() && !f.getPhone().trim().matches("1\\d{10}|0\\d{2,3}-?\\d{7,8}")) {
            p.add("phone", "cadre.phone.format");
        }
    }

    static void notInFuture(Problems p, String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            p.add(field, "validation.future");
        }
    }
}
