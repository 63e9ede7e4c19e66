package cn.zhishi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The chain hash of one record: SHA-256 over its fields and its predecessor's hash, each field
 * length-prefixed so that moving text between fields changes the hash.
 */
final class AuditRecordHash {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private AuditRecordHash() {
    }

    static String of(StoredAuditRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {Long.toString(r.seq()), TIME.format(r.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)),
                    r.actor(), r.sourceAddress(), r.channel(), r.action(), r.entityType(), r.entityId(), r.summary(),
                    r.beforeState(), r.afterState(), r.prevHash()}) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                sha.update((field == null ? "-1" : Integer.toString(bytes.length)).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime normalise(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).withNano((t.getNano() / 1000) * 1000);
    }
}
