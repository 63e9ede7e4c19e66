package cn.zhishi.shared.web;

import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a refused input's problems next to the fields of the page form that produced it. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void bind(InvalidInputException e, BindingResult binding) {
        for (FieldProblem p : e.problems()) {
            if (p.field() == null || p.field().isBlank()) {
                binding.reject(p.code(), p.args(), p.code());
            } else {
                try {
                    binding.rejectValue(p.field(), p.code(), p.args(), p.code());
                } catch (RuntimeException notAFormField) {
                    binding.reject(p.code(), p.args(), p.code());
                }
            }
        }
    }
}
