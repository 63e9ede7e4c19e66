package cn.zhishi.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first record and reports the first one that was altered (its hash no
 * longer matches its content), removed (a gap in the sequence or a broken link), or cut off the end
 * (the head names a later record than the last one present).
 */
@Service
public class AuditChainVerifier {

    private static final int PAGE = 5000;

    private final AuditRecords records;
    private final JdbcTemplate jdbc;

    AuditChainVerifier(AuditRecords records, JdbcTemplate jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long expectedSeq = 1;
        String prevHash = AuditRecordHash.GENESIS;
        long checked = 0;
        while (true) {
            List<StoredAuditRecord> page = records.fromSeq(expectedSeq, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (StoredAuditRecord r : page) {
                if (r.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.REMOVED);
                }
                if (!r.prevHash().equals(prevHash)) {
                    return ChainVerification.broken(checked, r.seq(), ChainVerification.Problem.LINK_BROKEN);
                }
                if (!AuditRecordHash.of(r).equals(r.recordHash())) {
                    return ChainVerification.broken(checked, r.seq(), ChainVerification.Problem.ALTERED);
                }
                prevHash = r.recordHash();
                expectedSeq++;
                checked++;
            }
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        if (headSeq != checked || !prevHash.equals(head.get("last_hash"))) {
            return ChainVerification.broken(checked, checked + 1, ChainVerification.Problem.REMOVED);
        }
        return ChainVerification.intact(checked, prevHash);
    }
}
