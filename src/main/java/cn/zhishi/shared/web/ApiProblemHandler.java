package cn.zhishi.shared.web;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refusals into RFC 9457 problem details for the REST API. Input problems list every
 * field error ({@code errors[].field/code/message}), so a client can fix all at once.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "validation.required")).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "validation.format")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("error.notFound"));
        pd.setTitle(text("error.notFound.title"));
        return pd;
    }

    @ExceptionHandler(DomainRuleException.class)
    ProblemDetail rule(DomainRuleException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(e.code(), e.args()));
        pd.setTitle(text("error.rule.title"));
        pd.setType(URI.create("urn:zhishi:rule:" + e.code()));
        return pd;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrent(ObjectOptimisticLockingFailureException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.concurrentChange"));
        pd.setTitle(text("error.rule.title"));
        return pd;
    }

    private ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                text("error.invalid.detail", problems.size()));
        pd.setTitle(text("error.invalid.title"));
        pd.setType(URI.create("urn:zhishi:problem:invalid-input"));
        pd.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", text(p.code(), p.args())))
                .toList());
        return pd;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
