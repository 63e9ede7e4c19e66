package cn.zhishi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.eligibility.kinship.AvoidanceCheck;
import cn.zhishi.eligibility.kinship.AvoidanceRules;
import cn.zhishi.eligibility.kinship.KinshipCategory;
import cn.zhishi.eligibility.kinship.KinshipGraph;
import cn.zhishi.eligibility.kinship.KinshipPaths;
import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.TeamRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Categories of 《公务员回避规定》第五条 computed from chains of recorded relations. */
class KinshipPathsTest {

    private static Optional<KinshipCategory> of(String... relations) {
        return KinshipPaths.categoryOf(List.of(relations));
    }

    @Test
    void spousesAndLinealRelativesIncludingAdoptedChildren() {
        assertThat(of("SPOUSE")).contains(KinshipCategory.SPOUSE);
        assertThat(of("ADOPTED_SON")).contains(KinshipCategory.LINEAL);
        assertThat(of("FATHER", "FATHER")).contains(KinshipCategory.LINEAL);
        assertThat(of("GRANDCHILD", "SON")).contains(KinshipCategory.LINEAL);
    }

    @Test
    void collateralRelativesUpToTheThirdGenerationButNotTheFourth() {
        assertThat(of("BROTHER")).contains(KinshipCategory.COLLATERAL);
        assertThat(of("COUSIN")).contains(KinshipCategory.COLLATERAL);
        assertThat(of("UNCLE_AUNT")).contains(KinshipCategory.COLLATERAL);
        // a cousin's child is a fourth-generation relative; so is a parent's cousin
        assertThat(of("COUSIN", "SON")).isEmpty();
        assertThat(of("FATHER", "COUSIN")).isEmpty();
        // a great-uncle shares a great-grandparent: outside three generations
        assertThat(of("GRANDFATHER", "BROTHER")).isEmpty();
    }

    @Test
    void closeInLawsFromEitherSide() {
        assertThat(of("FATHER_IN_LAW")).contains(KinshipCategory.CLOSE_IN_LAW);
        assertThat(of("SPOUSE", "BROTHER")).contains(KinshipCategory.CLOSE_IN_LAW);
        assertThat(of("BROTHER", "SPOUSE")).contains(KinshipCategory.CLOSE_IN_LAW);
        assertThat(of("DAUGHTER_IN_LAW")).contains(KinshipCategory.CLOSE_IN_LAW);
        assertThat(of("SON_IN_LAW", "FATHER")).contains(KinshipCategory.CLOSE_IN_LAW);
        assertThat(of("COUSIN", "SPOUSE")).contains(KinshipCategory.CLOSE_IN_LAW);
        // a spouse's grandparent's sibling is not a close in-law
        assertThat(of("SPOUSE", "GRANDFATHER", "BROTHER")).isEmpty();
    }

    @Test
    void aFormerSpouseIsNoLongerARelativeNorIsAnyoneThroughThem() {
        assertThat(of("FORMER_SPOUSE")).isEmpty();
        assertThat(of("FORMER_SPOUSE", "FATHER")).isEmpty();
    }

    @Test
    void theGraphFindsAnInLawThroughTwoRecordedLinks() {
        // 1 records 2 as BROTHER; 2 records 3 as SPOUSE → 3 is 1's sibling's spouse
        List<KinshipGraph.Edge> edges = List.of(new KinshipGraph.Edge(1, 2, "BROTHER", "甲", "乙"),
                new KinshipGraph.Edge(2, 3, "SPOUSE", "乙", "丙"), new KinshipGraph.Edge(3, 4, "FORMER_SPOUSE", "丙", "丁"));
        KinshipGraph g = new KinshipGraph(ids -> edges.stream().filter(e -> ids.contains(e.from()) || ids.contains(e.to())).toList(),
                Map.of("BROTHER", "兄弟", "SPOUSE", "配偶"));
        Map<Long, KinshipGraph.Relative> r = g.relativesOf(1);
        assertThat(r.get(2L).category()).isEqualTo(KinshipCategory.COLLATERAL);
        assertThat(r.get(3L).category()).isEqualTo(KinshipCategory.CLOSE_IN_LAW);
        assertThat(r).doesNotContainKey(4L);
        // and seen from the other end
        assertThat(g.relativesOf(3).get(1L).category()).isEqualTo(KinshipCategory.CLOSE_IN_LAW);
    }

    @Test
    void theThreeAvoidanceConfigurations() {
        var principal = new AvoidanceRules.PostFacts(1, 10, TeamRole.PRINCIPAL, Set.of());
        var deputy = new AvoidanceRules.PostFacts(2, 10, TeamRole.DEPUTY, Set.of());
        var staff = new AvoidanceRules.PostFacts(3, 10, null, Set.of());
        var finance = new AvoidanceRules.PostFacts(4, 10, null, Set.of(KeyPostKind.FINANCE));
        var elsewhere = new AvoidanceRules.PostFacts(5, 11, TeamRole.PRINCIPAL, Set.of());
        assertThat(AvoidanceRules.conflict(principal, deputy)).contains(AvoidanceCheck.SAME_TEAM);
        assertThat(AvoidanceRules.conflict(staff, principal)).contains(AvoidanceCheck.DIRECT_SUBORDINATION);
        assertThat(AvoidanceRules.conflict(deputy, finance)).contains(AvoidanceCheck.KEY_POST_UNDER_LEADER);
        assertThat(AvoidanceRules.conflict(deputy, staff)).isEmpty();
        assertThat(AvoidanceRules.conflict(principal, elsewhere)).isEmpty();
    }
}
