package cn.zhishi.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the POST; this only renders the form and its outcome. */
@Controller
class LoginController {

    private final SecuritySettings settings;

    LoginController(SecuritySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        if (locked != null) {
            model.addAttribute("lockedMinutes", lockedMinutes(locked));
        }
        return "security/login";
    }

    /** The minutes come from the URL, so they are clamped to what a lock can actually last. */
    private int lockedMinutes(String value) {
        try {
            return Math.min(Math.max(1, Integer.parseInt(value)), settings.lockoutMinutes());
        } catch (NumberFormatException e) {
            return settings.lockoutMinutes();
        }
    }
}
