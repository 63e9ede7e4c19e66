package cn.zhishi.report;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.Problems;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A complaint about a posted report [001]: "对群众反映的情况，县委组织部会同纪检、监察等部门进行调查核实".
 * An anonymous complaint holds no name, contact or address; only the digest of its tracking code.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private long reportId;
    private String trackingDigest;
    private boolean anonymous;
    private String complainantName;
    private String complainantContact;
    @Enumerated(EnumType.STRING)
    private ComplaintKind kind;
    private String body;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private String assignee;
    private String disciplineOfficer;
    private String findings;
    private String accountability;
    private LocalDate receivedOn;
    private LocalDate concludedOn;

    protected Complaint() {
    }

    Complaint(long reportId, String trackingDigest, String name, String contact, ComplaintKind kind, String body,
            LocalDate receivedOn) {
        this.reportId = reportId;
        this.trackingDigest = trackingDigest;
        this.anonymous = name == null;
        this.complainantName = name;
        this.complainantContact = name == null ? null : contact;
        this.kind = kind;
        this.body = body;
        this.status = ComplaintStatus.RECEIVED;
        this.receivedOn = receivedOn;
    }

    void assign(String to) {
        require(ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED);
        new Problems().require(to, "assignee").throwIfAny();
        this.assignee = to.strip();
        this.status = ComplaintStatus.ASSIGNED;
    }

    /** The investigation starts, with the discipline office (纪检) taking part. */
    void investigate(String disciplineOfficer) {
        require(ComplaintStatus.ASSIGNED);
        new Problems().require(disciplineOfficer, "disciplineOfficer").throwIfAny();
        this.disciplineOfficer = disciplineOfficer.strip();
        this.status = ComplaintStatus.INVESTIGATING;
    }

    void conclude(boolean founded, String findings, String accountability, LocalDate today) {
        require(ComplaintStatus.INVESTIGATING);
        Problems p = new Problems().require(findings, "findings");
        if (founded) {
            p.require(accountability, "accountability");
        }
        p.throwIfAny();
        this.status = founded ? ComplaintStatus.FOUNDED : ComplaintStatus.UNFOUNDED;
        this.findings = findings.strip();
        this.accountability = founded ? accountability.strip() : null;
        this.concludedOn = today;
    }

    private void require(ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainRuleException("complaint.refused.status", status.name());
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getReportId() { return reportId; }
    public boolean isAnonymous() { return anonymous; }
    public String getComplainantName() { return complainantName; }
    public String getComplainantContact() { return complainantContact; }
    public ComplaintKind getKind() { return kind; }
    public String getBody() { return body; }
    public ComplaintStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public String getDisciplineOfficer() { return disciplineOfficer; }
    public String getFindings() { return findings; }
    public String getAccountability() { return accountability; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getConcludedOn() { return concludedOn; }
}
