package cn.zhishi.report;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from the public board: filed by anyone (named, or anonymous with a tracking code shown
 * once), then assigned, investigated with the discipline office and concluded by the organisation
 * department. A founded one marks the report for correction and, for falsification, double claiming
 * or credit-taking, records the public criticism [001].
 */
@Service
@Transactional
public class ComplaintService {

    public static final int MAX_BODY = 2000;
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplaintRepository complaints;
    private final ReportRepository reports;
    private final ReportService reportService;
    private final GradeConstraints consequences;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final AuditTrail audit;
    private final cn.zhishi.notification.Notifications notifications;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ReportRepository reports, ReportService reportService,
            GradeConstraints consequences, CadreLookup cadres, OrgDirectory org, Jurisdictions jurisdictions,
            AuditTrail audit, Clock clock, cn.zhishi.notification.Notifications notifications) {
        this.notifications = notifications;
        this.complaints = complaints;
        this.reports = reports;
        this.reportService = reportService;
        this.consequences = consequences;
        this.cadres = cadres;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the complainant typed. {@code name} empty = anonymous. */
    public record Filing(ComplaintKind kind, String body, String name, String contact) {
    }

    /** The tracking code, returned once and stored only as a digest. */
    public record Filed(long id, String trackingCode) {
    }

    /** Files a complaint about a report that is on the board now. Anyone may, signed in or not. */
    public Filed file(long reportId, Filing f) {
        MonthlyReport r = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        LocalDate today = LocalDate.now(clock);
        if (r.getStatus() != ReportStatus.POSTED || today.isAfter(r.getPostedUntil())) {
            throw new NotFoundException("report", reportId);
        }
        String body = Sanitiser.text(f.body());
        String name = Sanitiser.text(f.name());
        String contact = Sanitiser.text(f.contact());
        Problems p = new Problems().require(f.kind(), "kind").require(body, "body");
        if (body != null && body.length() > MAX_BODY) {
            p.add("body", "validation.tooLong", MAX_BODY);
        }
        if (name != null && name.length() > 50) {
            p.add("name", "validation.tooLong", 50);
        }
        if (contact != null && contact.length() > 100) {
            p.add("contact", "validation.tooLong", 100);
        }
        p.throwIfAny();
        String code = newCode();
        Complaint c = new Complaint(reportId, digest(code), name, contact, f.kind(), body, today);
        complaints.saveAndFlush(c);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reportId", reportId);
        after.put("kind", f.kind().name());
        after.put("anonymous", c.isAnonymous());
        if (c.isAnonymous()) {
            AuditTrail.withoutSourceAddress();
        }
        audit.record(AuditEvent.created("complaint.file", "Complaint", c.getId(),
                "complaint about report " + reportId, after));
        return new Filed(c.getId(), code);
    }

    /** The status a complainant sees with their code (nothing about other complaints, nothing identifying). */
    @Transactional(readOnly = true)
    public Optional<Complaint> byCode(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        return complaints.findByTrackingDigest(digest(code.strip().toUpperCase().replace("-", "")));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void assign(long id, String assignee) {
        Complaint c = load(id);
        c.assign(assignee);
        complaints.saveAndFlush(c);
        audit.record(AuditEvent.changed("complaint.assign", "Complaint", id, assignee, null,
                Map.of("status", c.getStatus().name(), "assignee", c.getAssignee())));
        notifications.notify(c.getAssignee().strip(), cn.zhishi.notification.NotificationKind.COMPLAINT_ASSIGNED,
                "/reports/complaints#complaint-" + id, "complaint:" + id + ":" + c.getAssignee().strip(), id);
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void investigate(long id, String disciplineOfficer) {
        Complaint c = load(id);
        c.investigate(disciplineOfficer);
        complaints.saveAndFlush(c);
        audit.record(AuditEvent.changed("complaint.investigate", "Complaint", id, disciplineOfficer, null,
                Map.of("status", c.getStatus().name(), "disciplineOfficer", c.getDisciplineOfficer())));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void conclude(long id, boolean founded, String findings, String accountability) {
        Complaint c = load(id);
        c.conclude(founded, findings, accountability, LocalDate.now(clock));
        complaints.saveAndFlush(c);
        audit.record(AuditEvent.changed("complaint.conclude", "Complaint", id, c.getStatus().name(), null,
                Map.of("status", c.getStatus().name(), "findings", c.getFindings())));
        if (founded) {
            MonthlyReport r = reports.findById(c.getReportId()).orElseThrow();
            reportService.markFounded(r.getId());
            if (new FoundedFalsificationMeansPublicCriticism().applies(c.getKind(), true)) {
                String name = cadres.find(r.getCadreId()).map(CadreLookup.CadreRef::name).orElse("");
                consequences.criticise(r.getCadreId(), r.getUnitId(), r.getId(), c.getId(),
                        name + " " + r.yearMonth() + " " + c.getKind() + ": " + c.getFindings());
            }
        }
    }

    /** Complaints about reports of units in the current user's jurisdiction, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public List<Complaint> inJurisdiction() {
        var j = jurisdictions.current();
        List<Complaint> all = complaints.findAllByOrderByIdDesc();
        Map<Long, MonthlyReport> rs = new java.util.HashMap<>();
        reports.findAllById(all.stream().map(Complaint::getReportId).distinct().toList()).forEach(r -> rs.put(r.getId(), r));
        Map<Long, UnitSummary> units = org.unitsById(rs.values().stream().map(MonthlyReport::getUnitId).distinct().toList());
        return all.stream().filter(c -> {
            MonthlyReport r = rs.get(c.getReportId());
            return r != null && units.get(r.getUnitId()) != null && j.covers(units.get(r.getUnitId()).path());
        }).toList();
    }

    private Complaint load(long id) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new NotFoundException("complaint", id));
        MonthlyReport r = reports.findById(c.getReportId()).orElseThrow();
        UnitSummary u = org.unitsById(List.of(r.getUnitId())).get(r.getUnitId());
        if (u == null || !jurisdictions.current().covers(u.path())) {
            throw new NotFoundException("complaint", id);
        }
        return c;
    }

    static String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return sb.toString();
    }

    static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("zhishi-complaint:" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
