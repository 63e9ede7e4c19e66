package cn.zhishi.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private final Jurisdiction township = new Jurisdiction(List.of("/YL/QS/QS-T01/"));

    @Test
    void aJurisdictionCoversItsUnitAndEverythingBelow() {
        assertThat(township.covers("/YL/QS/QS-T01/")).isTrue();
        assertThat(township.covers("/YL/QS/QS-T01/QS-T01-V02/")).isTrue();
    }

    @Test
    void aJurisdictionDoesNotCoverSiblingsParentsOrLookAlikes() {
        assertThat(township.covers("/YL/QS/QS-T02/")).isFalse();
        assertThat(township.covers("/YL/QS/")).isFalse();
        assertThat(township.covers("/YL/QS/QS-T011/")).isFalse();
        assertThat(township.covers(null)).isFalse();
    }

    @Test
    void severalSubtreesAreAUnion() {
        Jurisdiction two = new Jurisdiction(List.of("/YL/QS/QS-T01/", "/YL/QS/QS-T02/"));
        assertThat(two.covers("/YL/QS/QS-T02/X/")).isTrue();
        assertThat(two.covers("/YL/QS/QS-T03/")).isFalse();
    }

    @Test
    void anEmptyJurisdictionCoversNothing() {
        assertThat(Jurisdiction.none().covers("/YL/")).isFalse();
    }

    @Test
    void likePatternsEscapeWildcardsSoAPrefixStaysAPrefix() {
        assertThat(new Jurisdiction(List.of("/A_B/")).likePatterns()).containsExactly("/A\\_B/%");
    }
}
