package cn.zhishi.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitizenIdNumberTest {

    @Test
    void aNumberWithTheRightCheckCharacterIsValidAndCarriesBirthDateAndGender() {
        // GB 11643-1999's own example
        CitizenIdNumber.Parsed parsed = CitizenIdNumber.parse("11010519491231002X");
        assertThat(parsed).isInstanceOf(CitizenIdNumber.Valid.class);
        CitizenIdNumber id = ((CitizenIdNumber.Valid) parsed).id();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod11_2() {
        assertThat(CitizenIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(CitizenIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void aLowercaseXIsAccepted() {
        assertThat(CitizenIdNumber.parse("11010519491231002x")).isInstanceOf(CitizenIdNumber.Valid.class);
    }

    @Test
    void aWrongCheckCharacterIsReportedAsChecksum() {
        assertThat(CitizenIdNumber.parse("110105194912310021"))
                .isEqualTo(new CitizenIdNumber.Invalid(CitizenIdNumber.Defect.CHECKSUM));
    }

    @Test
    void anImpossibleBirthDateIsReportedAsBirthDate() {
        String first17 = "11010519490231002";
        assertThat(CitizenIdNumber.parse(first17 + CitizenIdNumber.checkCharacter(first17)))
                .isEqualTo(new CitizenIdNumber.Invalid(CitizenIdNumber.Defect.BIRTH_DATE));
    }

    @Test
    void wrongLengthOrLettersAreReportedAsFormat() {
        assertThat(CitizenIdNumber.parse("1101051949123100")).isEqualTo(new CitizenIdNumber.Invalid(CitizenIdNumber.Defect.FORMAT));
        assertThat(CitizenIdNumber.parse("11010519491231A02X")).isEqualTo(new CitizenIdNumber.Invalid(CitizenIdNumber.Defect.FORMAT));
        assertThat(CitizenIdNumber.parse(null)).isEqualTo(new CitizenIdNumber.Invalid(CitizenIdNumber.Defect.FORMAT));
    }

    @Test
    void anOddSeventeenthDigitMeansMale() {
        String first17 = "52260119850315003";
        CitizenIdNumber id = ((CitizenIdNumber.Valid) CitizenIdNumber.parse(first17 + CitizenIdNumber.checkCharacter(first17))).id();
        assertThat(id.gender()).isEqualTo(Gender.MALE);
    }
}
