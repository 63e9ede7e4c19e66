package cn.zhishi.excel;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/** Response headers for workbook downloads. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** Marks the response as an .xlsx attachment named {@code name} (Chinese allowed). */
    static void xlsx(HttpServletResponse response, String asciiName, String name) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName, name));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * {@code attachment; filename="ascii"; filename*=UTF-8''…}: the RFC 5987 form carries the Chinese
     * name to every current browser; the plain form is the fallback for clients that ignore it.
     */
    static String contentDisposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_") + "\"; filename*=UTF-8''"
                + encode(name);
    }

    /** RFC 5987 §3.2.1: attr-char stays, every other byte of the UTF-8 form is %XX. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }
}
