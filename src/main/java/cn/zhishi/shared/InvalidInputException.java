package cn.zhishi.shared;

import java.util.List;

/** The input was refused; nothing was saved. Carries every field problem found. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
