package cn.zhishi.notification;

import cn.zhishi.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell in the navbar (loaded by htmx) and the list of the signed-in user's notifications. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationController(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", notifications.unreadCount(currentUser.get().username()));
        return "notification/list :: bell";
    }

    @GetMapping("/notifications")
    String list(Model model) {
        String me = currentUser.get().username();
        model.addAttribute("notices", notifications.latest(me, 200));
        model.addAttribute("unread", notifications.unreadCount(me));
        return "notification/list";
    }

    /** Opening a notice marks it read and follows its link. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        String link = notifications.open(currentUser.get().username(), id).orElse("");
        return "redirect:" + (link.startsWith("/") ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead(currentUser.get().username());
        return "redirect:/notifications";
    }
}
