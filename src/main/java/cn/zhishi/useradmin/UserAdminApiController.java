package cn.zhishi.useradmin;

import cn.zhishi.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration over REST, for the security admin only; same rules as the pages. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
@Tag(name = "Users", description = "Accounts, roles and jurisdictions (security admin)")
class UserAdminApiController {

    private final UserAdministration users;

    UserAdminApiController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "All accounts with roles, jurisdiction units and state")
    List<UserRow> list() {
        return users.users();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    UserRow get(@PathVariable long id) {
        return users.user(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account; the generated password is returned once and must be changed at first sign-in")
    Created create(@RequestBody NewUser body) {
        var created = users.create(new UserCommand(body.username(), body.displayName(), body.roles(),
                body.jurisdictionUnitIds(), true));
        return new Created(created.id(), created.generatedPassword());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change display name, roles, jurisdiction and enabled state (omit enabled to keep it)")
    UserRow update(@PathVariable long id, @RequestBody UserChange body) {
        users.update(id, new UserCommand(null, body.displayName(), body.roles(), body.jurisdictionUnitIds(), body.enabled()));
        return users.user(id);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Reset to a generated password (returned once); also unlocks the account")
    GeneratedPassword resetPassword(@PathVariable long id) {
        return new GeneratedPassword(users.resetPassword(id));
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift a lock-out after too many failed sign-ins")
    void unlock(@PathVariable long id) {
        users.unlock(id);
    }

    record NewUser(String username, String displayName, Set<Role> roles, Set<Long> jurisdictionUnitIds) {
    }

    record UserChange(String displayName, Set<Role> roles, Set<Long> jurisdictionUnitIds, Boolean enabled) {
    }

    record Created(long id, String generatedPassword) {
    }

    record GeneratedPassword(String generatedPassword) {
    }
}
