package cn.zhishi.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.Problems;
import cn.zhishi.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadreFactsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate BIRTH = LocalDate.of(1985, 3, 15);

    private static List<String> problems(CadreForm f) {
        Problems p = new Problems();
        CadreFactsRules.check(f, TODAY, p);
        return p.list().stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    private static CadreForm valid() {
        return Fixtures.cadreForm(1L, "李明", BIRTH, Gender.MALE);
    }

    @Test
    void aConsistentFileHasNoProblems() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        CadreForm f = new CadreForm();
        assertThat(problems(f)).contains("unitId:validation.required", "name:validation.required",
                "gender:validation.required", "ethnicity:validation.required", "birthDate:validation.required",
                "idNumber:validation.required", "cadreType:validation.required");
    }

    @Test
    void anIdNumberWhoseBirthDateDiffersFromTheBirthDateFieldIsRefused() {
        CadreForm f = valid();
        f.setBirthDate(BIRTH.plusDays(1));
        f.setWorkStartDate(null);
        f.setPartyJoinDate(null);
        Problems p = new Problems();
        CadreFactsRules.check(f, TODAY, p);
        assertThat(p.list()).contains(new FieldProblem("idNumber", "cadre.idNumber.birthDateMismatch", BIRTH.toString()));
    }

    @Test
    void anIdNumberOfTheOtherGenderIsRefused() {
        CadreForm f = valid();
        f.setGender(Gender.FEMALE);
        assertThat(problems(f)).contains("idNumber:cadre.idNumber.genderMismatch");
    }

    @Test
    void aBadChecksumIsReportedOnTheIdNumberField() {
        CadreForm f = valid();
        String id = f.getIdNumber();
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        f.setIdNumber(id.substring(0, 17) + wrong);
        assertThat(problems(f)).containsExactly("idNumber:cadre.idNumber.CHECKSUM");
    }

    @Test
    void workMayStartOnTheSixteenthBirthdayButNotTheDayBefore() {
        CadreForm f = valid();
        f.setWorkStartDate(BIRTH.plusYears(16));
        f.setPartyJoinDate(null);
        assertThat(problems(f)).isEmpty();
        f.setWorkStartDate(BIRTH.plusYears(16).minusDays(1));
        assertThat(problems(f)).containsExactly("workStartDate:cadre.workStart.beforeSixteen");
    }

    @Test
    void partyMembershipMayStartOnTheEighteenthBirthdayButNotTheDayBefore() {
        CadreForm f = valid();
        f.setPartyJoinDate(BIRTH.plusYears(18));
        assertThat(problems(f)).isEmpty();
        f.setPartyJoinDate(BIRTH.plusYears(18).minusDays(1));
        assertThat(problems(f)).containsExactly("partyJoinDate:cadre.partyJoin.beforeEighteen");
    }

    @Test
    void datesInTheFutureAreRefused() {
        CadreForm f = valid();
        f.setWorkStartDate(TODAY.plusDays(1));
        assertThat(problems(f)).contains("workStartDate:validation.future");
    }

    @Test
    void aMalformedPhoneNumberIsRefused() {
        CadreForm f = valid();
        f.setPhone("12345");
        assertThat(problems(f)).containsExactly("phone:cadre.phone.format");
    }
}
