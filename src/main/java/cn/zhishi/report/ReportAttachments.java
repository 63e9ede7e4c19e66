package cn.zhishi.report;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence files of a report's items. Seen and downloaded by whoever may see the report (else not found);
 * added by the report's author while it is editable (draft or returned); removed by the author while it is a
 * draft. Files are checked by their first bytes ({@link EvidenceFiles}), limited to 10 MB, stored under a
 * random name; every change is on the audit record.
 */
@Service
public class ReportAttachments {

    static final String ENTITY = "ReportAttachment";
    private static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ReportQueries queries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path dir;

    ReportAttachments(JdbcTemplate jdbc, ReportQueries queries, CurrentUser currentUser, AuditTrail audit, Clock clock,
            @Value("${zhishi.data-dir}") String dataDir) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.dir = Path.of(dataDir).resolve("attachments");
    }

    public record Attachment(long id, long reportId, Integer itemOrder, String originalName, String contentType,
            long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {

        /** Size for people: KB below a megabyte, else MB with one decimal. */
        public String size() {
            return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                    : String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    public record Download(Attachment attachment, byte[] content) {
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(long reportId) {
        queries.view(reportId);
        return jdbc.query("select id, report_id, item_order, original_name, content_type, size_bytes, uploaded_by, uploaded_at"
                + " from report_attachment where report_id = ? order by item_order, id", (rs, i) -> new Attachment(
                rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getObject(8, OffsetDateTime.class)), reportId);
    }

    @Transactional
    public long add(long reportId, Integer itemOrder, String fileName, byte[] content) {
        MonthlyReport r = ownReport(reportId);
        if (!r.getStatus().editableByCadre()) {
            throw new DomainRuleException("report.refused.notEditable", r.getStatus());
        }
        String base = fileName == null ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
        String name = Sanitiser.text(base);
        if (name == null) {
            throw InvalidInputException.of("file", "attachment.required");
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "attachment.required");
        }
        if (content.length > EvidenceFiles.MAX_BYTES) {
            throw InvalidInputException.of("file", "attachment.tooLarge", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        }
        String type = EvidenceFiles.sniff(content, name)
                .orElseThrow(() -> InvalidInputException.of("file", "attachment.badType"));
        if (itemOrder != null && r.getItems().stream().noneMatch(i -> i.getPosition() == itemOrder)) {
            throw InvalidInputException.of("item", "attachment.noSuchItem");
        }
        String stored = HexFormat.of().formatHex(randomBytes());
        Path file = dir.resolve(stored);
        try {
            Files.createDirectories(dir);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteOnRollback(file);
        String by = currentUser.get().username();
        jdbc.update("insert into report_attachment (report_id, item_order, original_name, content_type, size_bytes, sha256,"
                + " stored_name, uploaded_by, uploaded_at) values (?,?,?,?,?,?,?,?,?)", reportId, itemOrder, name, type,
                (long) content.length, sha256(content), stored, by, OffsetDateTime.now(clock));
        long id = jdbc.queryForObject("select id from report_attachment where stored_name = ?", Long.class, stored);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reportId", reportId);
        after.put("item", itemOrder == null ? "" : itemOrder);
        after.put("name", name);
        after.put("contentType", type);
        after.put("size", content.length);
        after.put("sha256", sha256(content));
        audit.record(AuditEvent.created("report.attachment.add", ENTITY, id, name, after));
        return id;
    }

    @Transactional(readOnly = true)
    public Download download(long reportId, long attachmentId) {
        Attachment a = find(reportId, attachmentId);
        String stored = jdbc.queryForObject("select stored_name from report_attachment where id = ?", String.class, attachmentId);
        try {
            return new Download(a, Files.readAllBytes(dir.resolve(stored)));
        } catch (IOException e) {
            throw new NotFoundException("attachment", attachmentId);
        }
    }

    @Transactional
    public void remove(long reportId, long attachmentId) {
        MonthlyReport r = ownReport(reportId);
        if (r.getStatus() != ReportStatus.DRAFT) {
            throw new DomainRuleException("report.refused.notEditable", r.getStatus());
        }
        Attachment a = find(reportId, attachmentId);
        String stored = jdbc.queryForObject("select stored_name from report_attachment where id = ?", String.class, attachmentId);
        jdbc.update("delete from report_attachment where id = ?", attachmentId);
        audit.record(AuditEvent.removed("report.attachment.remove", ENTITY, attachmentId, a.originalName(),
                Map.of("reportId", reportId, "name", a.originalName(), "size", a.sizeBytes())));
        Path file = dir.resolve(stored);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // an orphaned file is harmless: nothing points at it any more
                }
            }
        });
    }

    private Attachment find(long reportId, long attachmentId) {
        return of(reportId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    private MonthlyReport ownReport(long reportId) {
        MonthlyReport r = queries.view(reportId).report();
        ZhishiPrincipal me = currentUser.get();
        if (me.cadreId() == null || me.cadreId() != r.getCadreId()) {
            throw new DomainRuleException("report.refused.notOwner");
        }
        return r;
    }

    private static void deleteOnRollback(Path file) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // nothing points at it
                    }
                }
            }
        });
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
