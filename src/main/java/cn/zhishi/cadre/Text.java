package cn.zhishi.cadre;

final class Text {

    private Text() {
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
