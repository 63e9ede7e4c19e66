package cn.zhishi.shared.web;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages: a missing or out-of-jurisdiction record is "not found", a refused action says why. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/not-found";
    }

    @ExceptionHandler(DomainRuleException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(DomainRuleException e, Model model) {
        model.addAttribute("code", e.code());
        model.addAttribute("args", e.args());
        return "error/refused";
    }
}
