package cn.zhishi.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A bearer token issued to a user for API clients. Only its SHA-256 digest is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String name;
    private String tokenDigest;
    private OffsetDateTime createdAt;
    private OffsetDateTime expiresAt;
    private OffsetDateTime lastUsedAt;
    private boolean revoked;

    protected ApiToken() {
    }

    ApiToken(Long userId, String name, String tokenDigest, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenDigest = tokenDigest;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC);
    }

    boolean isUsableAt(Instant now) {
        return !revoked && (expiresAt == null || expiresAt.toInstant().isAfter(now));
    }

    void markUsed(Instant now) {
        this.lastUsedAt = now.atOffset(ZoneOffset.UTC);
    }

    void revoke() {
        this.revoked = true;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getName() { return name; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getExpiresAt() { return expiresAt; }
    public OffsetDateTime getLastUsedAt() { return lastUsedAt; }
    public boolean isRevoked() { return revoked; }
}
