package cn.zhishi.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static CsvRecords of(String text) {
        return new CsvRecords(new BufferedReader(new StringReader(text)));
    }

    @Test
    void an_empty_unquoted_field_is_null_and_an_empty_quoted_one_is_an_empty_string() throws IOException {
        assertThat(of("a,,\"\",b\n").next()).isEqualTo(Arrays.asList("a", null, "", "b"));
        assertThat(of("a,\n").next()).isEqualTo(Arrays.asList("a", null));
        assertThat(of(",a\n").next()).isEqualTo(Arrays.asList(null, "a"));
    }

    @Test
    void a_quoted_field_keeps_commas_doubled_quotes_and_line_breaks() throws IOException {
        CsvRecords csv = of("1,\"x, \"\"y\"\"\nz\",2\n3,4\n");
        assertThat(csv.next()).containsExactly("1", "x, \"y\"\nz", "2");
        assertThat(csv.next()).containsExactly("3", "4");
        assertThat(csv.next()).isNull();
    }

    @Test
    void a_quote_inside_an_unquoted_field_starts_quoting_as_copy_reads_it() throws IOException {
        assertThat(of("ab\"c,d\",e\n").next()).containsExactly("abc,d", "e");
    }

    @Test
    void a_quote_left_open_gives_what_was_read_and_says_why() throws IOException {
        CsvRecords csv = of("1,ok\n2,\"open\n3,swallowed\n");
        assertThat(csv.next()).containsExactly("1", "ok");
        assertThat(csv.broken()).isNull();
        List<String> broken = csv.next();
        assertThat(broken).containsExactly("2", "open\n3,swallowed");
        assertThat(csv.broken()).contains("not closed");
        assertThat(csv.next()).isNull();
    }
}
