package cn.zhishi.useradmin;

import cn.zhishi.security.Role;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 pages. Generated passwords travel to the next page as a flash attribute: shown once, never
 * stored in clear, and gone on reload.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class UserAdminController {

    /** The 三员 first (only one of them per account), then the business roles. */
    private static final List<Role> SEPARATED_ROLES = Arrays.stream(Role.values()).filter(Role::isSeparationOfDutiesRole).toList();
    private static final List<Role> BUSINESS_ROLES = Arrays.stream(Role.values()).filter(r -> !r.isSeparationOfDutiesRole()).toList();

    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.users());
        return "useradmin/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return formPage(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("userForm") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        long id;
        try {
            var created = users.create(form.toCommand());
            id = created.id();
            redirect.addFlashAttribute("generatedPassword", created.generatedPassword());
            redirect.addFlashAttribute("created", true);
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return formPage(model, null);
        }
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserRow user = users.user(id);
        model.addAttribute("userForm", UserForm.of(user));
        return formPage(model, user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        UserRow user = users.user(id);
        try {
            users.update(id, form.toCommand());
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            form.setUsername(user.username());
            return formPage(model, user);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("generatedPassword", users.resetPassword(id));
        redirect.addFlashAttribute("passwordReset", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("unlocked", true);
        return "redirect:/admin/users/" + id;
    }

    /** @param user null when creating */
    private String formPage(Model model, UserRow user) {
        model.addAttribute("user", user);
        model.addAttribute("separatedRoles", SEPARATED_ROLES);
        model.addAttribute("businessRoles", BUSINESS_ROLES);
        model.addAttribute("units", users.assignableUnits());
        model.addAttribute("hiddenUnits", user == null ? List.of() : users.hiddenUnits(user));
        return "useradmin/form";
    }
}
