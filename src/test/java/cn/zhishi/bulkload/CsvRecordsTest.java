package cn.zhishi.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static CsvRecords of(String text) {
        return new CsvRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> next(CsvRecords csv) throws IOException {
        return csv.next() ? csv.all() : null;
    }

    @Test
    void an_empty_unquoted_field_is_null_and_an_empty_quoted_one_is_an_empty_string() throws IOException {
        assertThat(next(of("a,,\"\",b\n"))).isEqualTo(Arrays.asList("a", null, "", "b"));
        assertThat(next(of("a,\n"))).isEqualTo(Arrays.asList("a", null));
        assertThat(next(of(",a\r\n"))).isEqualTo(Arrays.asList(null, "a"));
        assertThat(next(of("last,line"))).containsExactly("last", "line");
    }

    @Test
    void a_quoted_field_keeps_commas_doubled_quotes_and_line_breaks() throws IOException {
        CsvRecords csv = of("1,\"x, \"\"y\"\"\nz\",2\n3,4\n");
        assertThat(next(csv)).containsExactly("1", "x, \"y\"\nz", "2");
        assertThat(next(csv)).containsExactly("3", "4");
        assertThat(next(csv)).isNull();
    }

    @Test
    void a_quote_inside_an_unquoted_field_starts_quoting_as_copy_reads_it() throws IOException {
        assertThat(next(of("ab\"c,d\",e\n"))).containsExactly("abc,d", "e");
    }

    @Test
    void a_quote_left_open_gives_what_was_read_and_says_why() throws IOException {
        CsvRecords csv = of("1,ok\n2,\"open\n3,swallowed\n");
        assertThat(next(csv)).containsExactly("1", "ok");
        assertThat(csv.broken()).isNull();
        assertThat(next(csv)).containsExactly("2", "open\n3,swallowed\n");
        assertThat(csv.broken()).contains("not closed");
        assertThat(next(csv)).isNull();
    }

    @Test
    void length_and_blankness_count_characters_not_bytes() throws IOException {
        CsvRecords csv = of("经济管理,\"引号,里\",\u3000 ,  \n");
        csv.next();
        assertThat(csv.length(0)).isEqualTo(4);
        assertThat(csv.length(1)).isEqualTo(4);
        assertThat(csv.blank(0)).isFalse();
        assertThat(csv.blank(2)).isTrue();
        assertThat(csv.blank(3)).isTrue();
        assertThat(csv.blank(4)).isTrue();
    }

    @Test
    void a_value_hashes_alike_quoted_or_not() throws IOException {
        CsvRecords csv = of("招商引资,\"招商引资\",\"招商\"\"引资\"\n");
        csv.next();
        assertThat(csv.hash(0, 1)).isEqualTo(csv.hash(1, 1)).isNotEqualTo(csv.hash(2, 1));
    }

    @Test
    void records_longer_than_the_buffer_are_read_whole() throws IOException {
        String big = "长".repeat(700_000); // 2.1 MB of UTF-8, beyond the 1 MB buffer
        CsvRecords csv = new CsvRecords(slow(("a,b\n1,\"" + big + "\"\n2,x\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(next(csv)).containsExactly("a", "b");
        assertThat(next(csv)).containsExactly("1", big);
        assertThat(next(csv)).containsExactly("2", "x");
        assertThat(next(csv)).isNull();
    }

    /** A stream answering a few bytes at a time, so records straddle every read. */
    private static InputStream slow(byte[] data) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_777));
            }
        };
    }
}
