package cn.zhishi.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.cadre.NakedOfficial.Kin;
import java.util.List;
import org.junit.jupiter.api.Test;

class NakedOfficialTest {

    @Test
    void aSpouseSettledAbroadMakesANakedOfficialWhateverTheChildrenDo() {
        assertThat(NakedOfficial.applies(List.of(new Kin("SPOUSE", true), new Kin("SON", false)))).isTrue();
    }

    @Test
    void aSpouseAtHomeDoesNotEvenWhenAllChildrenAreAbroad() {
        assertThat(NakedOfficial.applies(List.of(new Kin("SPOUSE", false), new Kin("DAUGHTER", true)))).isFalse();
    }

    @Test
    void withoutASpouseAllChildrenAbroadIncludingAdoptedOnesDo() {
        assertThat(NakedOfficial.applies(List.of(new Kin("SON", true), new Kin("ADOPTED_DAUGHTER", true)))).isTrue();
        assertThat(NakedOfficial.applies(List.of(new Kin("SON", true), new Kin("ADOPTED_DAUGHTER", false)))).isFalse();
    }

    @Test
    void aFormerSpouseOrParentsAbroadDoNotCount() {
        assertThat(NakedOfficial.applies(List.of(new Kin("FORMER_SPOUSE", true), new Kin("FATHER", true)))).isFalse();
        assertThat(NakedOfficial.applies(List.of())).isFalse();
    }
}
