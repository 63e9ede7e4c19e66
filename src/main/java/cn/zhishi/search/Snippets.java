package cn.zhishi.search;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A short piece of a record around the first match, HTML-escaped, each word marked. */
final class Snippets {

    static final int RADIUS = 30;

    private Snippets() {
    }

    static String mark(String text, List<String> words) {
        int first = text.indexOf(words.get(0));
        int from = Math.max(0, first - RADIUS);
        int to = Math.min(text.length(), Math.max(first, 0) + words.get(0).length() + RADIUS * 2);
        String piece = text.substring(from, to);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int i = 0;
        while (i < piece.length()) {
            int next = -1;
            String hit = null;
            for (String w : words) {
                int at = piece.indexOf(w, i);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    hit = w;
                }
            }
            if (next < 0) {
                out.append(HtmlUtils.htmlEscape(piece.substring(i)));
                break;
            }
            out.append(HtmlUtils.htmlEscape(piece.substring(i, next))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(hit)).append("</mark>");
            i = next + hit.length();
        }
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
