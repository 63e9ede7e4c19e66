package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void a_chinese_file_name_is_sent_in_rfc_5987_form_with_an_ascii_fallback() {
        assertThat(Downloads.contentDisposition("cadres-2026-11-21.xlsx", "干部名单-2026-11-21.xlsx"))
                .isEqualTo("attachment; filename=\"cadres-2026-11-21.xlsx\"; "
                        + "filename*=UTF-8''%E5%B9%B2%E9%83%A8%E5%90%8D%E5%8D%95-2026-11-21.xlsx");
    }

    @Test
    void characters_outside_the_rfc_5987_attr_chars_are_percent_encoded() {
        assertThat(Downloads.encode("a b(1)'\"%.xlsx")).isEqualTo("a%20b%281%29%27%22%25.xlsx");
        assertThat(Downloads.contentDisposition("we\"ird\\名.xlsx", "x")).startsWith("attachment; filename=\"we_ird__.xlsx\"");
    }
}
