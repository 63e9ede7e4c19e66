package cn.zhishi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chain rules on records in memory: what counts as altered, removed or relinked. */
class AuditChainVerifierTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 8, 30, 0, 123_456_000, ZoneOffset.UTC);

    @Test
    void a_record_hash_covers_every_field_and_the_previous_hash() {
        StoredAuditRecord r = record(1, AuditRecordHash.GENESIS, "summary");
        String hash = AuditRecordHash.of(r);
        assertThat(hash).hasSize(64).isEqualTo(AuditRecordHash.of(record(1, AuditRecordHash.GENESIS, "summary")));
        assertThat(AuditRecordHash.of(record(1, AuditRecordHash.GENESIS, "summarY"))).isNotEqualTo(hash);
        assertThat(AuditRecordHash.of(record(1, "1".repeat(64), "summary"))).isNotEqualTo(hash);
        assertThat(AuditRecordHash.of(record(2, AuditRecordHash.GENESIS, "summary"))).isNotEqualTo(hash);
    }

    @Test
    void moving_text_between_fields_changes_the_hash() {
        StoredAuditRecord a = new StoredAuditRecord(1, T0, "ab", null, "WEB", "c", "E", "1", "s", null, null,
                AuditRecordHash.GENESIS, null);
        StoredAuditRecord b = new StoredAuditRecord(1, T0, "a", null, "WEB", "bc", "E", "1", "s", null, null,
                AuditRecordHash.GENESIS, null);
        assertThat(AuditRecordHash.of(a)).isNotEqualTo(AuditRecordHash.of(b));
    }

    @Test
    void an_untouched_chain_is_intact_and_names_its_head() {
        List<StoredAuditRecord> chain = chain(4);
        ChainVerification v = verifier(chain, 4, chain.get(3).recordHash()).verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(4);
        assertThat(v.headHash()).isEqualTo(chain.get(3).recordHash());
    }

    @Test
    void an_empty_record_is_intact() {
        assertThat(verifier(List.of(), 0, AuditRecordHash.GENESIS).verify().intact()).isTrue();
    }

    @Test
    void a_changed_field_is_reported_as_altered_at_that_record() {
        List<StoredAuditRecord> chain = chain(4);
        StoredAuditRecord r = chain.get(2);
        chain.set(2, new StoredAuditRecord(r.seq(), r.occurredAt(), r.actor(), r.sourceAddress(), r.channel(), r.action(),
                r.entityType(), r.entityId(), "x", r.beforeState(), r.afterState(), r.prevHash(), r.recordHash()));
        ChainVerification v = verifier(chain, 4, chain.get(3).recordHash()).verify();
        assertThat(v).isEqualTo(new ChainVerification(false, 2, 3L, ChainVerification.Problem.ALTERED, null));
    }

    @Test
    void a_gap_is_reported_as_removed_at_the_missing_number() {
        List<StoredAuditRecord> chain = chain(4);
        chain.remove(1);
        ChainVerification v = verifier(chain, 4, chain.get(2).recordHash()).verify();
        assertThat(v.firstBadSeq()).isEqualTo(2L);
        assertThat(v.problem()).isEqualTo(ChainVerification.Problem.REMOVED);
    }

    @Test
    void a_cut_off_end_is_reported_as_removed_after_the_last_record_present() {
        List<StoredAuditRecord> chain = chain(4);
        String head = chain.get(3).recordHash();
        chain.remove(3);
        ChainVerification v = verifier(chain, 4, head).verify();
        assertThat(v.firstBadSeq()).isEqualTo(4L);
        assertThat(v.problem()).isEqualTo(ChainVerification.Problem.REMOVED);
    }

    @Test
    void a_rehashed_replacement_is_caught_by_the_link_of_the_next_record() {
        List<StoredAuditRecord> chain = chain(4);
        StoredAuditRecord r = chain.get(1);
        StoredAuditRecord forged = new StoredAuditRecord(r.seq(), r.occurredAt(), r.actor(), r.sourceAddress(), r.channel(),
                r.action(), r.entityType(), r.entityId(), "forged", r.beforeState(), r.afterState(), r.prevHash(), null);
        chain.set(1, withHash(forged));
        ChainVerification v = verifier(chain, 4, chain.get(3).recordHash()).verify();
        assertThat(v.firstBadSeq()).isEqualTo(3L);
        assertThat(v.problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
    }

    private static AuditChainVerifier verifier(List<StoredAuditRecord> chain, long headSeq, String headHash) {
        AuditRecords records = mock(AuditRecords.class);
        when(records.fromSeq(anyLong(), anyInt())).thenAnswer(call -> {
            long from = call.getArgument(0);
            int limit = call.getArgument(1);
            return chain.stream().filter(r -> r.seq() >= from).limit(limit).toList();
        });
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForMap(anyString())).thenReturn(Map.of("last_seq", headSeq, "last_hash", headHash));
        return new AuditChainVerifier(records, jdbc);
    }

    private static List<StoredAuditRecord> chain(int n) {
        List<StoredAuditRecord> chain = new ArrayList<>();
        String prev = AuditRecordHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            StoredAuditRecord r = withHash(record(seq, prev, "record " + seq));
            chain.add(r);
            prev = r.recordHash();
        }
        return chain;
    }

    private static StoredAuditRecord record(long seq, String prevHash, String summary) {
        return new StoredAuditRecord(seq, T0.plusSeconds(seq), "admin", "127.0.0.1", "WEB", "user.update", "AppUser",
                "7", summary, "{\"a\":1}", "{\"a\":2}", prevHash, null);
    }

    private static StoredAuditRecord withHash(StoredAuditRecord r) {
        return new StoredAuditRecord(r.seq(), r.occurredAt(), r.actor(), r.sourceAddress(), r.channel(), r.action(),
                r.entityType(), r.entityId(), r.summary(), r.beforeState(), r.afterState(), r.prevHash(),
                AuditRecordHash.of(r));
    }
}
