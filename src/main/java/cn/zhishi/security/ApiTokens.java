package cn.zhishi.security;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API bearer tokens. The token text is shown once, at issue. */
@Service
public class ApiTokens {

    public static final int MAX_VALID_DAYS = 366;
    private static final int MAX_NAME_LENGTH = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AppUserRepository users, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the token text; only its digest is kept. */
    @Transactional
    public IssuedToken issue(long userId, String name, Duration validFor) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String text = "zt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        var now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(userId, name == null || name.isBlank() ? "api" : name.trim(),
                digest(text), now, validFor == null ? null : now.plus(validFor)));
        audit.record(AuditEvent.created("token.issue", "ApiToken", token.getId(), "user " + userId,
                Map.of("userId", userId, "name", token.getName(),
                        "expiresAt", String.valueOf(token.getExpiresAt()))));
        return new IssuedToken(token.getId(), text);
    }

    /**
     * Issues a token for a number of days, checked the same way for pages and the API. Only tokens
     * that expire are offered to users: a forgotten token must stop working on its own.
     */
    @Transactional
    public IssuedToken issueForDays(long userId, String name, Integer validDays) {
        Problems p = new Problems();
        if (name != null && name.trim().length() > MAX_NAME_LENGTH) {
            p.add("name", "validation.tooLong", MAX_NAME_LENGTH);
        }
        if (validDays == null) {
            p.add("validDays", "validation.required");
        } else if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            p.add("validDays", "token.validDays.range", 1, MAX_VALID_DAYS);
        }
        p.throwIfAny();
        return issue(userId, name, Duration.ofDays(validDays));
    }

    @Transactional
    public void revoke(long tokenId, Long onlyForUserId) {
        ApiToken t = tokens.findById(tokenId)
                .filter(x -> onlyForUserId == null || x.getUserId().equals(onlyForUserId))
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        t.revoke();
        audit.record(AuditEvent.changed("token.revoke", "ApiToken", tokenId, t.getName(),
                Map.of("revoked", false), Map.of("revoked", true)));
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    @Transactional
    Optional<ZhishiPrincipal> authenticate(String text) {
        var now = clock.instant();
        return tokens.findByTokenDigest(digest(text))
                .filter(t -> t.isUsableAt(now))
                .flatMap(t -> {
                    t.markUsed(now);
                    return users.findById(t.getUserId());
                })
                .filter(u -> u.isEnabled() && !u.isLockedAt(now))
                .map(u -> ZhishiPrincipal.of(u, false));
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedToken(long id, String token) {
    }
}
