package cn.zhishi.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The calling user and their bearer tokens, for API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Account", description = "The calling user and their API tokens")
class AccountApiController {

    private final CurrentUser currentUser;
    private final ApiTokens tokens;

    AccountApiController(CurrentUser currentUser, ApiTokens tokens) {
        this.currentUser = currentUser;
        this.tokens = tokens;
    }

    @GetMapping("/me")
    @Operation(summary = "Who am I: username, roles and jurisdiction unit ids")
    Me me() {
        ZhishiPrincipal p = currentUser.get();
        return new Me(p.userId(), p.username(), p.displayName(), new TreeSet<>(p.roles()),
                new TreeSet<>(p.jurisdictionUnitIds()));
    }

    @GetMapping("/tokens")
    @Operation(summary = "My tokens (never their text)")
    List<TokenView> myTokens() {
        return tokens.of(currentUser.get().userId()).stream()
                .map(t -> new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(),
                        t.isRevoked()))
                .toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a bearer token for the calling user; the token text is returned only here")
    IssuedTokenView issue(@RequestBody TokenRequest request) {
        var issued = tokens.issueForDays(currentUser.get().userId(), request.name(), request.validDays());
        return new IssuedTokenView(issued.id(), issued.token());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of my tokens")
    void revoke(@PathVariable long id) {
        tokens.revoke(id, currentUser.get().userId());
    }

    record Me(long id, String username, String displayName, Set<Role> roles, Set<Long> jurisdictionUnitIds) {
    }

    record TokenRequest(String name, Integer validDays) {
    }

    record IssuedTokenView(long id, String token) {
    }

    record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, boolean revoked) {
    }
}
