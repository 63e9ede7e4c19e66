package cn.zhishi.cadre;

/** The kinds of records in a cadre's file that are added and removed one by one. */
public enum FileRecordKind {
    EDUCATION, RESUME, FAMILY, REWARD, SANCTION, TAG;

    /** URL segment and audit action part: {@code education}, {@code resume} … */
    public String slug() {
        return name().toLowerCase();
    }

    public static FileRecordKind ofSlug(String slug) {
        return valueOf(slug.toUpperCase());
    }
}
