package cn.zhishi.sensitive;

/** How sensitive values look to people who may not see them in full. */
public final class Masking {

    private Masking() {
    }

    /** 110101199003071234 → 110101********1234 */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13812345678 → 138****5678 */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
