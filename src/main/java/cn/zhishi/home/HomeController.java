package cn.zhishi.home;

import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台. The cards shown follow the same role rules as the navigation bar, so a user only sees
 * doors they may open; the jurisdiction is listed by its top units, the way users think of it.
 */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final Jurisdictions jurisdictions;
    private final OrgDirectory org;

    HomeController(CurrentUser currentUser, Jurisdictions jurisdictions, OrgDirectory org) {
        this.currentUser = currentUser;
        this.jurisdictions = jurisdictions;
        this.org = org;
    }

    @GetMapping("/")
    String home(Model model) {
        ZhishiPrincipal me = currentUser.get();
        model.addAttribute("me", me);
        model.addAttribute("jurisdictionUnits", org.roots(jurisdictions.of(me)));
        model.addAttribute("needsJurisdiction", needsJurisdiction(me));
        return "home";
    }

    /**
     * Whether the missing-jurisdiction warning applies: the system admin and the auditor work on
     * the whole system, and a cadre sees their own records, so none of them needs units assigned.
     */
    private static boolean needsJurisdiction(ZhishiPrincipal me) {
        return me.roles().stream().anyMatch(r -> r == Role.ORG_ADMIN || r == Role.ASSESSOR
                || r == Role.UNIT_REVIEWER || r == Role.LEADER || r == Role.SECURITY_ADMIN);
    }
}
