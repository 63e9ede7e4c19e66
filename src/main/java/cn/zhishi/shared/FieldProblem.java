package cn.zhishi.shared;

import java.util.Arrays;

/**
 * One thing wrong with one field of a user's input. {@code code} is a message key, {@code args}
 * fill its placeholders; {@code field} is the form/JSON property name (dotted for nested rows).
 */
public record FieldProblem(String field, String code, Object... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem p && p.field.equals(field) && p.code.equals(code)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * field.hashCode() + code.hashCode();
    }

    @Override
    public String toString() {
        return field + ":" + code + Arrays.toString(args);
    }
}
