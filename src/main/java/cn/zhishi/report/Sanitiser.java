package cn.zhishi.report;

/** Public input made harmless: control characters and markup tags removed, whitespace trimmed. */
final class Sanitiser {

    private Sanitiser() {
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String cleaned = s.replaceAll("<[^>]{0,200}>", "")
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
