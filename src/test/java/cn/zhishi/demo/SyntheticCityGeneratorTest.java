package cn.zhishi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.cadre.CadreFactsRules;
import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.cadre.InfluencePeriod;
import cn.zhishi.cadre.TagPolarity;
import cn.zhishi.cadre.Tenure;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.cadre.TenureRules;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.shared.Problems;
import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCityGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final CitySpec DEMO = CitySpec.oneCounty(20261121L, 300, TODAY);

    private static SyntheticCity city;
    private static List<CadreRecord> cadres;
    private static Map<String, PostRecord> posts;

    @BeforeAll
    static void generateOnce() {
        city = SyntheticCityGenerator.generate(DEMO);
        cadres = city.cadres().toList();
        posts = city.posts().stream().collect(Collectors.toMap(PostRecord::code, Function.identity()));
    }

    @Test
    void the_same_seed_and_size_give_the_same_city() {
        SyntheticCity again = SyntheticCityGenerator.generate(DEMO);
        assertThat(again.units()).isEqualTo(city.units());
        assertThat(again.teams()).isEqualTo(city.teams());
        assertThat(again.posts()).isEqualTo(city.posts());
        assertThat(again.cadres().toList()).isEqualTo(cadres);
        assertThat(city.cadres().toList()).as("a second pass over the same city").isEqualTo(cadres);
    }

    @Test
    void another_seed_gives_other_people() {
        List<CadreRecord> other = SyntheticCityGenerator.generate(CitySpec.oneCounty(7L, 300, TODAY)).cadres().toList();
        assertThat(other).isNotEqualTo(cadres);
        assertThat(other.stream().map(CadreRecord::idNumber).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(cadres.stream().map(CadreRecord::idNumber).toList());
    }

    @Test
    void the_demo_has_exactly_the_cadres_asked_for_each_holding_one_post_in_their_unit_today() {
        assertThat(cadres).hasSize(300);
        assertThat(city.cadreCount()).isEqualTo(300);
        assertThat(cadres).extracting(CadreRecord::serial).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 300).boxed().toList());
        for (CadreRecord c : cadres) {
            List<TenureRecord> current = c.tenures().stream().filter(TenureRecord::isCurrent).toList();
            assertThat(current).as(c.name()).hasSize(1);
            assertThat(posts.get(current.get(0).postCode()).unitCode()).isEqualTo(c.unitCode());
        }
    }

    @Test
    void the_tree_is_one_city_with_one_county_and_units_of_every_class_and_domain() {
        List<UnitRecord> units = city.units();
        UnitRecord root = city.root();
        assertThat(root.parentCode()).isNull();
        assertThat(root.path()).isEqualTo("/" + root.code() + "/");
        assertThat(root.depth()).isZero();
        assertThat(root.name()).isEqualTo("云岭市");
        assertThat(city.counties()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("青山县");
            assertThat(c.nodeType()).isEqualTo(NodeType.REGION);
            assertThat(c.depth()).isEqualTo(1);
        });
        Map<String, UnitRecord> byCode = units.stream().collect(Collectors.toMap(UnitRecord::code, Function.identity()));
        assertThat(byCode).hasSameSizeAs(units);
        for (UnitRecord u : units) {
            assertThat(u.code()).matches("[A-Za-z0-9][A-Za-z0-9\\-]{0,39}");
            if (u.parentCode() != null) {
                UnitRecord parent = byCode.get(u.parentCode());
                assertThat(units.indexOf(parent)).as("parent listed first").isLessThan(units.indexOf(u));
                assertThat(u.path()).isEqualTo(parent.path() + u.code() + "/");
                assertThat(u.depth()).isEqualTo(parent.depth() + 1);
            }
        }
        List<UnitRecord> unitNodes = units.stream().filter(u -> u.nodeType() == NodeType.UNIT).toList();
        assertThat(unitNodes).extracting(UnitRecord::unitClass).contains(UnitClass.values());
        assertThat(unitNodes).extracting(UnitRecord::domain).contains(UnitDomain.values());
        assertThat(city.townships(city.counties().get(0).code())).hasSizeGreaterThanOrEqualTo(2)
                .first().satisfies(t -> assertThat(t.name()).endsWith("乡"));
        assertThat(city.teams()).hasSameSizeAs(unitNodes)
                .anySatisfy(t -> assertThat(t.name()).matches(".+[乡镇]领导班子"));
    }

    @Test
    void every_unit_has_a_principal_and_deputies_with_sensible_posts() {
        Map<String, List<PostRecord>> byUnit = city.posts().stream().collect(Collectors.groupingBy(PostRecord::unitCode));
        assertThat(byUnit).hasSize(city.teams().size());
        for (List<PostRecord> unitPosts : byUnit.values()) {
            assertThat(unitPosts).anySatisfy(p -> {
                assertThat(p.teamRole()).isEqualTo(TeamRole.PRINCIPAL);
                assertThat(p.maxHolders()).isEqualTo(1);
            });
            assertThat(unitPosts).anySatisfy(p -> assertThat(p.teamRole()).isEqualTo(TeamRole.DEPUTY));
            assertThat(unitPosts).anySatisfy(p -> assertThat(p.teamRole()).isNull());
        }
        Set<String> levels = Set.of("DIVISION_DEPUTY", "SECTION_CHIEF", "SECTION_DEPUTY", "STAFF");
        for (PostRecord p : city.posts()) {
            assertThat(p.code()).matches("[A-Za-z0-9][A-Za-z0-9\\-]{0,59}");
            assertThat(p.postLevel()).isIn(levels);
            assertThat(p.maxHolders()).isBetween(1, 50);
        }
        assertThat(city.posts()).anySatisfy(p -> {
            assertThat(p.title()).matches("副[乡镇]长");
            assertThat(p.maxHolders()).isBetween(2, 3);
        });
        assertThat(city.posts()).filteredOn(p -> p.title().equals("纪委书记"))
                .allSatisfy(p -> assertThat(p.keyKinds()).contains(cn.zhishi.org.KeyPostKind.LAW_ENFORCEMENT));
        assertThat(city.posts()).filteredOn(p -> p.title().equals("组织委员"))
                .allSatisfy(p -> assertThat(p.keyKinds()).contains(cn.zhishi.org.KeyPostKind.PERSONNEL));
        assertThat(city.posts()).anySatisfy(p -> assertThat(p.keyKinds()).contains(cn.zhishi.org.KeyPostKind.FINANCE));
    }

    @Test
    void every_cadre_passes_the_fact_rules_of_the_registry() {
        for (CadreRecord c : cadres) {
            Problems p = new Problems();
            CadreFactsRules.check(form(c), TODAY, p);
            assertThat(p.list()).as(c.name() + " " + c.idNumber()).isEmpty();
            int age = Period.between(c.birthDate(), TODAY).getYears();
            assertThat(age).as(c.name()).isBetween(25, 59);
            assertThat(c.phone()).matches("1[3-9]\\d{9}");
            assertThat(c.workStartDate()).isNotNull();
        }
        assertThat(cadres).filteredOn(c -> c.partyJoinDate() != null).size().isGreaterThan(cadres.size() * 3 / 4);
        assertThat(cadres).extracting(CadreRecord::ethnicity).contains("01").anyMatch(e -> !e.equals("01"));
        assertThat(cadres).extracting(CadreRecord::cadreType).contains(CadreType.values());
    }

    @Test
    void id_numbers_are_valid_unique_and_agree_with_birth_date_and_gender() {
        Set<String> seen = new HashSet<>();
        for (CadreRecord c : cadres) {
            assertThat(seen.add(c.idNumber())).as("unique " + c.idNumber()).isTrue();
            CitizenIdNumber.Parsed parsed = CitizenIdNumber.parse(c.idNumber());
            assertThat(parsed).isInstanceOf(CitizenIdNumber.Valid.class);
            CitizenIdNumber id = ((CitizenIdNumber.Valid) parsed).id();
            assertThat(id.birthDate()).isEqualTo(c.birthDate());
            assertThat(id.gender()).isEqualTo(c.gender());
        }
    }

    @Test
    void tenures_never_overfill_a_post_nor_give_one_cadre_the_same_post_twice_at_once() throws Exception {
        assertTenuresFollowTheRules(cadres, posts);
    }

    static void assertTenuresFollowTheRules(List<CadreRecord> cadres, Map<String, PostRecord> posts) throws Exception {
        Map<String, List<Tenure>> byPost = new HashMap<>();
        Map<Tenure, CadreRecord> holder = new HashMap<>();
        for (CadreRecord c : cadres) {
            for (TenureRecord t : c.tenures()) {
                Tenure tenure = tenure(c.serial(), t);
                byPost.computeIfAbsent(t.postCode(), k -> new ArrayList<>()).add(tenure);
                holder.put(tenure, c);
            }
        }
        for (Map.Entry<String, List<Tenure>> e : byPost.entrySet()) {
            PostRecord post = posts.get(e.getKey());
            for (Tenure t : e.getValue()) {
                CadreRecord c = holder.get(t);
                List<Tenure> others = e.getValue().stream().filter(o -> o != t).toList();
                Problems p = new Problems();
                TenureRules.check(t.range(), c.serial(), c.birthDate(), c.workStartDate(), post.maxHolders(), others,
                        TODAY, p);
                assertThat(p.list()).as(c.name() + " in " + post.title() + " " + t.range()).isEmpty();
            }
        }
    }

    @Test
    void careers_span_the_ten_years_with_promotions_and_transfers() {
        assertThat(cadres).filteredOn(c -> c.tenures().size() >= 2).size().isGreaterThan(cadres.size() / 10);
        assertThat(cadres).anySatisfy(c -> {
            List<TenureRecord> t = c.tenures();
            assertThat(t.size()).isGreaterThanOrEqualTo(2);
            int first = cn.zhishi.demo.PostBlueprint.tierOf(posts.get(t.get(0).postCode()).postLevel());
            int last = cn.zhishi.demo.PostBlueprint.tierOf(posts.get(t.get(t.size() - 1).postCode()).postLevel());
            assertThat(last).as("promoted").isGreaterThan(first);
        });
        assertThat(cadres.stream().flatMap(c -> c.tenures().stream()).map(TenureRecord::startDate))
                .anyMatch(d -> d.isBefore(DEMO.historyFrom()))
                .anyMatch(d -> d.getYear() == 2020)
                .allMatch(d -> !d.isAfter(TODAY));
        for (CadreRecord c : cadres) {
            List<TenureRecord> t = c.tenures();
            for (int i = 1; i < t.size(); i++) {
                assertThat(t.get(i).startDate()).as(c.name()).isAfter(t.get(i - 1).endDate());
            }
        }
    }

    @Test
    void some_team_places_are_vacant_today_including_a_principal_post() {
        Map<String, Long> holdersToday = cadres.stream().flatMap(c -> c.currentTenure().stream())
                .collect(Collectors.groupingBy(TenureRecord::postCode, Collectors.counting()));
        List<PostRecord> underfilled = city.posts().stream()
                .filter(p -> holdersToday.getOrDefault(p.code(), 0L) < p.maxHolders()).toList();
        assertThat(underfilled).isNotEmpty().allSatisfy(p -> assertThat(p.teamRole()).isNotNull());
        assertThat(underfilled).anySatisfy(p -> {
            assertThat(p.teamRole()).isEqualTo(TeamRole.PRINCIPAL);
            assertThat(holdersToday.getOrDefault(p.code(), 0L)).isZero();
        });
    }

    @Test
    void some_families_have_settled_abroad_including_a_spouse() {
        assertThat(cadres.stream().flatMap(c -> c.family().stream()).filter(FamilyRecord::settledAbroad))
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.abroadCountry()).isNotBlank();
                    assertThat(m.settledSince()).isBeforeOrEqualTo(TODAY);
                })
                .anySatisfy(m -> assertThat(m.relation()).isEqualTo("SPOUSE"));
        for (CadreRecord c : cadres) {
            for (FamilyRecord m : c.family()) {
                assertThat(m.birthDate()).as(c.name() + " " + m.relation()).isBefore(TODAY);
                assertThat(m.relation()).isIn("SPOUSE", "SON", "DAUGHTER", "FATHER", "MOTHER");
            }
        }
    }

    @Test
    void sanctions_carry_the_influence_period_of_their_type_and_some_are_still_running() {
        List<SanctionRecord> sanctions = cadres.stream().flatMap(c -> c.sanctions().stream()).toList();
        assertThat(sanctions).hasSizeGreaterThanOrEqualTo(3);
        for (SanctionRecord s : sanctions) {
            int months = SanctionKind.valueOf(s.sanctionType()).influenceMonths;
            assertThat(s.influenceEndsOn()).isEqualTo(InfluencePeriod.of(s.decisionDate(), months).end());
            assertThat(s.decisionDate()).isBefore(TODAY);
        }
        assertThat(sanctions).anySatisfy(s -> assertThat(new InfluencePeriod(s.decisionDate(), s.influenceEndsOn())
                .contains(TODAY)).isTrue());
        for (CadreRecord c : cadres) {
            for (SanctionRecord s : c.sanctions()) {
                assertThat(c.currentTenure().orElseThrow().startDate()).as("no promotion during the period")
                        .isBefore(s.decisionDate());
            }
        }
    }

    @Test
    void files_have_education_resume_rewards_and_tags_of_both_kinds() {
        Set<String> levels = Set.of("10", "11", "14", "20", "30", "40", "60", "70");
        Set<String> degrees = Set.of("0", "1", "2", "3");
        for (CadreRecord c : cadres) {
            assertThat(c.educations()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.educationLevel()).isIn(levels);
                assertThat(e.degree()).isIn(degrees);
                assertThat(e.endDate()).isBefore(TODAY);
            });
            assertThat(c.resume()).isNotEmpty().allSatisfy(r -> assertThat(r.description()).isNotBlank().hasSizeLessThan(500));
            assertThat(c.resume().get(c.resume().size() - 1).endDate()).isNull();
            assertThat(c.specialty()).isNotBlank();
            assertThat(c.familiarFields()).contains("、");
            for (RewardRecord r : c.rewards()) {
                assertThat(r.rewardType()).isIn("COMMENDATION", "MERIT_3", "PUBLIC_PRAISE", "HONOUR_TITLE");
                assertThat(r.decisionDate()).isAfter(c.workStartDate()).isBeforeOrEqualTo(TODAY);
            }
        }
        assertThat(cadres.stream().flatMap(c -> c.resume().stream()).map(ResumeRecord::description))
                .anyMatch(d -> d.matches("青山县.+副[乡镇]长，分管.+和.+工作"));
        assertThat(cadres.stream().flatMap(c -> c.educations().stream()))
                .anySatisfy(e -> assertThat(e.studyMode()).isEqualTo(cn.zhishi.cadre.StudyMode.IN_SERVICE));
        assertThat(cadres.stream().flatMap(c -> c.rewards().stream())).extracting(RewardRecord::rewardType)
                .contains("COMMENDATION", "MERIT_3");
        assertThat(cadres.stream().flatMap(c -> c.tags().stream())).extracting(TagRecord::polarity)
                .contains(TagPolarity.POSITIVE, TagPolarity.NEGATIVE);
    }

    @Test
    void a_small_county_still_has_two_townships_and_every_rule_holds() {
        SyntheticCity small = SyntheticCityGenerator.generate(CitySpec.oneCounty(1L, CitySpec.MIN_CADRES_PER_COUNTY, TODAY));
        List<CadreRecord> few = small.cadres().toList();
        assertThat(few).hasSize(CitySpec.MIN_CADRES_PER_COUNTY);
        assertThat(small.townships(small.counties().get(0).code())).hasSizeGreaterThanOrEqualTo(2);
        for (CadreRecord c : few) {
            Problems p = new Problems();
            CadreFactsRules.check(form(c), TODAY, p);
            assertThat(p.list()).isEmpty();
        }
    }

    @Test
    void a_city_of_several_counties_has_unique_codes_and_id_numbers_across_counties() throws Exception {
        SyntheticCity many = SyntheticCityGenerator.generate(new CitySpec(3L, 3, 3_000, TODAY));
        assertThat(many.counties()).extracting(UnitRecord::name).containsExactly("青山县", "白云县", "清河县");
        assertThat(many.units().stream().map(UnitRecord::code).distinct().count()).isEqualTo(many.units().size());
        assertThat(many.posts().stream().map(PostRecord::code).distinct().count()).isEqualTo(many.posts().size());
        List<CadreRecord> all = many.cadres().toList();
        assertThat(all).hasSize(3_000);
        assertThat(all.stream().map(CadreRecord::idNumber).distinct().count()).isEqualTo(3_000);
        assertThat(all.get(all.size() - 1).serial()).isEqualTo(3_000);
        assertTenuresFollowTheRules(all, many.posts().stream().collect(Collectors.toMap(PostRecord::code, Function.identity())));
    }

    static CadreForm form(CadreRecord c) {
        CadreForm f = new CadreForm();
        f.setUnitId(1L);
        f.setName(c.name());
        f.setGender(c.gender());
        f.setEthnicity(c.ethnicity());
        f.setBirthDate(c.birthDate());
        f.setNativePlace(c.nativePlace());
        f.setPartyJoinDate(c.partyJoinDate());
        f.setWorkStartDate(c.workStartDate());
        f.setIdNumber(c.idNumber());
        f.setPhone(c.phone());
        f.setCadreType(c.cadreType());
        f.setSpecialty(c.specialty());
        f.setFamiliarFields(c.familiarFields());
        return f;
    }

    /**
     * A {@link Tenure} as the registry would hold it. Its constructor is package-private to the cadre
     * module (tenures are made by the service only), so the test reaches it reflectively to check the
     * generated careers against the real {@link TenureRules}.
     */
    private static Tenure tenure(long cadreId, TenureRecord t) throws Exception {
        TenureForm f = new TenureForm();
        f.setPostId(1L);
        f.setStartDate(t.startDate());
        f.setEndDate(t.endDate());
        Constructor<Tenure> c = Tenure.class.getDeclaredConstructor(long.class, TenureForm.class);
        c.setAccessible(true);
        return c.newInstance(cadreId, f);
    }
}
