package cn.zhishi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator writes codes, not labels: every one must be a row of the V2 dictionaries. */
class GeneratedCodesTest {

    private static final Pattern DICTIONARY_ROW = Pattern.compile(
            "insert into dictionary_entry \\(dict_code, code, label_zh, label_en, sort_order\\) values \\('(\\w+)', '(\\w+)', '([^']*)'");
    private static final Pattern SANCTION_ROW = Pattern.compile(
            "insert into sanction_type \\(code, category, label_zh, label_en, influence_months, basis, sort_order\\) values \\('(\\w+)', '\\w+', '[^']*', '[^']*', (\\d+),");

    private static final Map<String, Set<String>> codes = new HashMap<>();
    private static final Map<String, Set<String>> chineseLabels = new HashMap<>();
    private static final Map<String, Integer> influenceMonths = new HashMap<>();
    private static SyntheticCity city;
    private static List<CadreRecord> cadres;

    @BeforeAll
    static void readTheMigrationAndGenerate() throws IOException {
        try (InputStream in = GeneratedCodesTest.class.getResourceAsStream("/db/migration/common/V2__dictionaries.sql")) {
            String sql = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            Matcher d = DICTIONARY_ROW.matcher(sql);
            while (d.find()) {
                codes.computeIfAbsent(d.group(1), k -> new HashSet<>()).add(d.group(2));
                chineseLabels.computeIfAbsent(d.group(1), k -> new HashSet<>()).add(d.group(3));
            }
            Matcher s = SANCTION_ROW.matcher(sql);
            while (s.find()) {
                influenceMonths.put(s.group(1), Integer.parseInt(s.group(2)));
            }
        }
        city = SyntheticCityGenerator.generate(CitySpec.oneCounty(11L, 600, LocalDate.of(2026, 11, 21)));
        cadres = city.cadres().toList();
    }

    @Test
    void sanction_kinds_use_the_influence_months_of_their_sanction_type_rows() {
        assertThat(influenceMonths).isNotEmpty();
        for (SanctionKind k : SanctionKind.values()) {
            assertThat(influenceMonths).as(k.name()).containsEntry(k.name(), k.influenceMonths);
        }
    }

    @Test
    void units_and_posts_use_unit_level_post_level_and_rank_codes() {
        assertThat(city.units()).extracting(UnitRecord::unitLevel).allMatch(codes.get("unit_level")::contains);
        assertThat(city.posts()).extracting(PostRecord::postLevel).allMatch(codes.get("post_level")::contains);
        assertThat(city.posts()).extracting(PostRecord::rankTitle).filteredOn(Objects::nonNull)
                .allMatch(codes.get("rank")::contains);
    }

    @Test
    void cadre_files_use_dictionary_codes_and_tag_labels() {
        assertThat(cadres).extracting(CadreRecord::ethnicity).allMatch(codes.get("ethnicity")::contains);
        assertThat(cadres.stream().flatMap(c -> c.educations().stream()))
                .allSatisfy(e -> {
                    assertThat(codes.get("education_level")).contains(e.educationLevel());
                    assertThat(codes.get("degree")).contains(e.degree());
                });
        assertThat(cadres.stream().flatMap(c -> c.family().stream())).allSatisfy(m -> {
            assertThat(codes.get("family_relation")).contains(m.relation());
            assertThat(codes.get("political_status")).contains(m.politicalStatus());
        });
        assertThat(cadres.stream().flatMap(c -> c.rewards().stream()).map(RewardRecord::rewardType))
                .allMatch(codes.get("reward_type")::contains);
        assertThat(cadres.stream().flatMap(c -> c.sanctions().stream()).map(SanctionRecord::sanctionType))
                .allMatch(influenceMonths::containsKey);
        assertThat(cadres.stream().flatMap(c -> c.tags().stream()).map(TagRecord::label))
                .allMatch(chineseLabels.get("tag_label")::contains);
        assertThat(Stream.of("ethnicity", "education_level", "degree", "family_relation", "political_status",
                "reward_type", "tag_label", "unit_level", "post_level", "rank")).allMatch(codes::containsKey);
    }
}
