package cn.zhishi.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One of my API tokens as the account page lists it, times in local (China) time. */
record TokenRow(long id, String name, LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime lastUsedAt,
        State state) {

    enum State { ACTIVE, EXPIRED, REVOKED }

    static TokenRow of(ApiToken t, ZoneId zone, Instant now) {
        State state = t.isRevoked() ? State.REVOKED : t.isUsableAt(now) ? State.ACTIVE : State.EXPIRED;
        return new TokenRow(t.getId(), t.getName(), local(t.getCreatedAt(), zone), local(t.getExpiresAt(), zone),
                local(t.getLastUsedAt(), zone), state);
    }

    public boolean active() {
        return state == State.ACTIVE;
    }

    private static LocalDateTime local(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : t.atZoneSameInstant(zone).toLocalDateTime();
    }
}
