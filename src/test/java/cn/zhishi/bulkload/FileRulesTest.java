package cn.zhishi.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The value rules of the layout: what a date, a month, a whole number is in a file. */
class FileRulesTest {

    @Test
    void a_date_is_an_existing_day_written_yyyy_mm_dd_between_1900_and_2100() {
        assertThat(FileRules.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FileRules.parseDate("2023-02-29")).isNull();
        assertThat(FileRules.parseDate("2024-2-09")).isNull();
        assertThat(FileRules.parseDate("2024/02/09")).isNull();
        assertThat(FileRules.parseDate("1899-12-31")).isNull();
        assertThat(FileRules.parseDate("2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(FileRules.parseDate("2024-00-10")).isNull();
        assertThat(FileRules.parseDate("2024-01-+1")).isNull();
    }

    @Test
    void a_month_is_written_yyyy_mm_and_stands_for_its_first_day() {
        assertThat(FileRules.parseMonth("2024-12")).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(FileRules.parseMonth("2024-13")).isNull();
        assertThat(FileRules.parseMonth("2024-00")).isNull();
        assertThat(FileRules.parseMonth("2024-1")).isNull();
    }

    @Test
    void a_whole_number_has_at_most_nine_digits_and_an_optional_minus() {
        assertThat(FileRules.parseInteger("0")).isZero();
        assertThat(FileRules.parseInteger("-12")).isEqualTo(-12);
        assertThat(FileRules.parseInteger("999999999")).isEqualTo(999_999_999);
        assertThat(FileRules.parseInteger("1234567890")).isNull();
        assertThat(FileRules.parseInteger("1.5")).isNull();
        assertThat(FileRules.parseInteger("-")).isNull();
        assertThat(FileRules.parseInteger("")).isNull();
    }

    @Test
    void equal_natural_keys_have_equal_fingerprints_and_the_column_boundary_counts() {
        FileRules rules = new FileRules(CityFile.TAGS, LocalDate.of(2026, 1, 1), null).key("id_number", "label", "tagged_on");
        FileRules.Row a = new FileRules.Row(2, Arrays.asList("X1", "POSITIVE", "ab", "r", "2024-01-01", "m"), 6);
        FileRules.Row b = new FileRules.Row(9, Arrays.asList("X1", "NEGATIVE", "ab", "other", "2024-01-01", "n"), 6);
        FileRules.Row c = new FileRules.Row(3, Arrays.asList("X1a", "POSITIVE", "b", "r", "2024-01-01", "m"), 6);
        assertThat(rules.fingerprint(a)).isEqualTo(rules.fingerprint(b));
        assertThat(rules.naturalKey(a)).isEqualTo("X1/ab/2024-01-01");
        assertThat(rules.fingerprint(a)).isNotEqualTo(rules.fingerprint(c));
    }
}
