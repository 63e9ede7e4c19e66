package cn.zhishi.security;

import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: who they are, their password, their API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    // Since Spring Security 6 a changed SecurityContext is not saved by itself: the refreshed
    // principal (no PASSWORD_CHANGE_REQUIRED) must be written to the session explicitly.
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    AccountController(UserAccounts accounts, ApiTokens tokens, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping
    String account(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        return accountPage(model);
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return passwordPage(model);
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        ZhishiPrincipal me = currentUser.get();
        try {
            accounts.changeOwnPassword(me.userId(), form.getCurrentPassword(), form.getNewPassword(),
                    form.getConfirmation());
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            form.clear();
            return passwordPage(model);
        }
        // new credentials, new session id: a session id seen before the change is worthless after it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        sessionContexts.saveContext(SecurityContextHolder.getContext(), request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return me.mustChangePassword() ? "redirect:/" : "redirect:/account";
    }

    @PostMapping("/tokens")
    String issueToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult binding, RedirectAttributes redirect,
            Model model) {
        ZhishiPrincipal me = currentUser.get();
        ApiTokens.IssuedToken issued;
        try {
            issued = tokens.issueForDays(me.userId(), form.getName(), form.getValidDays());
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return accountPage(model);
        }
        // a flash attribute lives for exactly one page view: the token text is shown once
        redirect.addFlashAttribute("issuedToken", issued.token());
        return "redirect:/account#tokens";
    }

    @PostMapping("/email")
    String changeEmail(@ModelAttribute("emailForm") EmailForm form, BindingResult binding, RedirectAttributes redirect,
            Model model) {
        try {
            accounts.changeEmail(currentUser.get().userId(), form.getEmail());
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return accountPage(model);
        }
        redirect.addFlashAttribute("emailChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, currentUser.get().userId());
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/account#tokens";
    }

    private String accountPage(Model model) {
        ZhishiPrincipal me = currentUser.get();
        var now = clock.instant();
        model.addAttribute("me", me);
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        if (!model.containsAttribute("emailForm")) {
            EmailForm f = new EmailForm();
            f.setEmail(accounts.emailOf(me.userId()));
            model.addAttribute("emailForm", f);
        }
        model.addAttribute("tokens", tokens.of(me.userId()).stream().map(t -> TokenRow.of(t, clock.getZone(), now)).toList());
        model.addAttribute("maxValidDays", ApiTokens.MAX_VALID_DAYS);
        return "security/account";
    }

    private String passwordPage(Model model) {
        model.addAttribute("forced", currentUser.get().mustChangePassword());
        return "security/password";
    }
}
