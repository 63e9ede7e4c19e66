package cn.zhishi.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem with an input before refusing it, so the user can fix all at once. */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems add(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
        return this;
    }

    public Problems require(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "validation.required");
        }
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return Collections.unmodifiableList(problems);
    }

    /** Throws {@link InvalidInputException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
    }
}
