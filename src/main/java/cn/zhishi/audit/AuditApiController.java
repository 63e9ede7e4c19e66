package cn.zhishi.audit;

import cn.zhishi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit record over REST, for the auditor only: search (newest first), one record, chain verification. */
@RestController
@RequestMapping("/api/v1/audit-records")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Audit", description = "The append-only, hash-chained audit record (auditor only)")
class AuditApiController {

    static final int MAX_PAGE_SIZE = 500;

    private final AuditRecords records;
    private final AuditChainVerifier verifier;

    AuditApiController(AuditRecords records, AuditChainVerifier verifier) {
        this.records = records;
        this.verifier = verifier;
    }

    @GetMapping
    @Operation(summary = "Search by actor, entity type, entity id, action and date range (from/to: yyyy-MM-dd, China time); newest first")
    RecordsPage search(AuditQuery query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        AuditPage found = records.search(query, Math.max(0, page), pageSize);
        return new RecordsPage(found.rows(), found.page(), found.size(), found.total(), found.totalPages());
    }

    @GetMapping("/{seq}")
    @Operation(summary = "One record by sequence number")
    StoredAuditRecord record(@PathVariable long seq) {
        StoredAuditRecord r = records.bySeq(seq);
        if (r == null) {
            throw new NotFoundException("audit record", seq);
        }
        return r;
    }

    @PostMapping("/verify")
    @Operation(summary = "Walk the hash chain: intact (count, head hash) or the first altered or missing record")
    ChainVerification verify() {
        return verifier.verify();
    }

    record RecordsPage(List<StoredAuditRecord> records, int page, int size, long total, int totalPages) {
    }
}
