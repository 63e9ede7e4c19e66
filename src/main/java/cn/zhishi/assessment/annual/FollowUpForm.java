package cn.zhishi.assessment.annual;

import cn.zhishi.shared.FieldProblem;
import java.util.List;
import java.util.Map;

/**
 * A refused form of the follow-up page, shown again: which form ({@code key}, e.g. {@code schedule-12}),
 * what was typed, and the problems by field — so the clerk corrects the entry instead of retyping it.
 */
public record FollowUpForm(String key, Map<String, String> values, List<FieldProblem> problems) {

    public boolean is(String k) {
        return key.equals(k);
    }

    public String value(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public List<FieldProblem> errorsOf(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).toList();
    }
}
