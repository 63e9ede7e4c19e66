package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a rule refuses: a message key with its evidence as arguments (dates, grades, sanction, relative),
 * and the day from which time alone cures it ({@code curesOn}, null when time does not).
 */
public record Reason(String messageKey, List<Object> args, LocalDate curesOn) {

    public static Reason of(String key, LocalDate curesOn, Object... args) {
        return new Reason(key, List.of(args), curesOn);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
