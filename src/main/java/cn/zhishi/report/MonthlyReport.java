package cn.zhishi.report;

import cn.zhishi.calendar.WorkingDays;
import cn.zhishi.security.Role;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.Problems;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cadre's monthly performance report (实绩报告登记表) and its workflow [001]. Each transition is a
 * named method that checks the current state and the actor and throws {@link DomainRuleException}
 * (a message key) when the move is not allowed. Optimistic locking: two concurrent reviews, one wins.
 */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private long cadreId;
    private long unitId;
    @jakarta.persistence.Column(name = "report_year")
    private int year;
    @jakarta.persistence.Column(name = "report_month")
    private int month;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Grade selfGrade;
    private String selfAppraisal;
    private OffsetDateTime submittedAt;
    private boolean late;
    private String returnReason;
    private boolean returnedAsEmpty;
    private Boolean truthful;
    @Enumerated(EnumType.STRING)
    private Grade reviewGrade;
    private String reviewComment;
    private String reviewedBy;
    private OffsetDateTime reviewedAt;
    private String signedBy;
    private OffsetDateTime signedAt;
    private LocalDate postedFrom;
    private LocalDate postedUntil;
    private OffsetDateTime archivedAt;
    private boolean correctionRequired;
    private String correction;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false)
    @OrderBy("position")
    private List<ReportItem> items = new ArrayList<>();

    protected MonthlyReport() {
    }

    MonthlyReport(long cadreId, long unitId, YearMonth month, LocalDate dueDate, OffsetDateTime now) {
        this.cadreId = cadreId;
        this.unitId = unitId;
        this.year = month.getYear();
        this.month = month.getMonthValue();
        this.dueDate = dueDate;
        this.status = ReportStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- the cadre's transitions ---------------------------------------------------------------

    /** Replaces the draft's content (autosave and explicit save). Only the owner, only while editable. */
    void saveDraft(Actor actor, Grade selfGrade, String selfAppraisal, List<ItemDraft> drafts, OffsetDateTime now) {
        requireOwner(actor);
        requireStatus("report.refused.notEditable", ReportStatus.DRAFT, ReportStatus.RETURNED);
        Problems p = new Problems();
        if (selfAppraisal != null && selfAppraisal.length() > 2000) {
            p.add("selfAppraisal", "validation.tooLong", 2000);
        }
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft d = drafts.get(i);
            if (d.title() != null && d.title().length() > 500) {
                p.add("items[" + i + "].title", "validation.tooLong", 500);
            }
            if (d.done() != null && d.done().length() > 4000) {
                p.add("items[" + i + "].done", "validation.tooLong", 4000);
            }
        }
        p.throwIfAny();
        this.selfGrade = selfGrade;
        this.selfAppraisal = blankToNull(selfAppraisal);
        items.clear();
        int pos = 0;
        for (ItemDraft d : drafts) {
            if (d.isBlank()) {
                continue;
            }
            items.add(new ReportItem(pos++, d.kind() == null ? ItemKind.ADHOC : d.kind(), strip(d.title()),
                    blankToNull(d.done()), d.completion() == null ? Completion.IN_PROGRESS : d.completion(),
                    blankToNull(d.evidence())));
        }
        this.updatedAt = now;
    }

    /** Adds plan items (goals of the month, unfinished items carried over) to an editable report. */
    void addPlanItems(Actor actor, List<ItemDraft> more, OffsetDateTime now) {
        requireOwner(actor);
        requireStatus("report.refused.notEditable", ReportStatus.DRAFT, ReportStatus.RETURNED);
        int pos = items.size();
        for (ItemDraft d : more) {
            boolean already = items.stream().anyMatch(i -> i.getTitle().equals(strip(d.title())));
            if (!already && !d.isBlank()) {
                items.add(new ReportItem(pos++, d.kind(), strip(d.title()), blankToNull(d.done()),
                        d.completion() == null ? Completion.IN_PROGRESS : d.completion(), null));
            }
        }
        this.updatedAt = now;
    }

    void submit(Actor actor, OffsetDateTime now) {
        requireOwner(actor);
        requireStatus("report.refused.notEditable", ReportStatus.DRAFT, ReportStatus.RETURNED);
        Problems p = new Problems();
        if (items.isEmpty()) {
            p.add("items", "report.validation.noItems");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getDone() == null) {
                p.add("items[" + i + "].done", "report.validation.doneRequired");
            }
        }
        p.require(selfGrade, "selfGrade");
        p.throwIfAny();
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.late = now.toLocalDate().isAfter(dueDate);
        this.updatedAt = now;
    }

    // --- the unit's transitions ------------------------------------------------------------------

    void returnForRevision(Actor actor, String reason, boolean emptyOrUnrealistic, OffsetDateTime now) {
        requireUnitReviewer(actor);
        requireStatus("report.refused.notSubmitted", ReportStatus.SUBMITTED);
        new Problems().require(reason, "reason").throwIfAny();
        this.status = ReportStatus.RETURNED;
        this.returnReason = reason.strip();
        this.returnedAsEmpty = emptyOrUnrealistic;
        this.updatedAt = now;
    }

    void review(Actor actor, boolean truthful, Grade grade, String comment, OffsetDateTime now) {
        requireUnitReviewer(actor);
        requireStatus("report.refused.notSubmitted", ReportStatus.SUBMITTED);
        new Problems().require(grade, "grade").throwIfAny();
        if (!truthful) {
            throw new DomainRuleException("report.refused.untruthfulMustReturn");
        }
        this.status = ReportStatus.REVIEWED;
        this.truthful = true;
        this.reviewGrade = grade;
        this.reviewComment = blankToNull(comment);
        this.reviewedBy = actor.username();
        this.reviewedAt = now;
        this.returnedAsEmpty = false;
        this.updatedAt = now;
    }

    void sign(Actor actor, OffsetDateTime now) {
        requireUnitReviewer(actor);
        requireStatus("report.refused.notReviewed", ReportStatus.REVIEWED);
        this.status = ReportStatus.SIGNED;
        this.signedBy = actor.username();
        this.signedAt = now;
        this.updatedAt = now;
    }

    void post(Actor actor, WorkingDays.Window window, OffsetDateTime now) {
        requireUnitReviewer(actor);
        requireStatus("report.refused.notSigned", ReportStatus.SIGNED);
        this.status = ReportStatus.POSTED;
        this.postedFrom = window.from();
        this.postedUntil = window.until();
        this.updatedAt = now;
    }

    /** Into the performance database once the posting window has closed and no correction is outstanding. */
    void archive(LocalDate today, boolean openComplaints, OffsetDateTime now) {
        requireStatus("report.refused.notPosted", ReportStatus.POSTED);
        if (!today.isAfter(postedUntil)) {
            throw new DomainRuleException("report.refused.windowOpen", postedUntil);
        }
        if (openComplaints) {
            throw new DomainRuleException("report.refused.openComplaints");
        }
        if (correctionRequired && correction == null) {
            throw new DomainRuleException("report.refused.correctionOutstanding");
        }
        this.status = ReportStatus.ARCHIVED;
        this.archivedAt = now;
        this.updatedAt = now;
    }

    /** A founded complaint: the report is marked and its author must correct it. */
    void markFounded(OffsetDateTime now) {
        requireStatus("report.refused.notPosted", ReportStatus.POSTED, ReportStatus.ARCHIVED);
        this.correctionRequired = true;
        this.updatedAt = now;
    }

    void correct(Actor actor, String text, OffsetDateTime now) {
        requireOwner(actor);
        if (!correctionRequired) {
            throw new DomainRuleException("report.refused.noCorrectionRequired");
        }
        new Problems().require(text, "correction").throwIfAny();
        this.correction = text.strip();
        this.updatedAt = now;
    }

    private void requireOwner(Actor actor) {
        if (!actor.is(cadreId)) {
            throw new DomainRuleException("report.refused.notOwner");
        }
    }

    private void requireUnitReviewer(Actor actor) {
        if (!actor.has(Role.UNIT_REVIEWER)) {
            throw new DomainRuleException("report.refused.notReviewer");
        }
        if (actor.is(cadreId)) {
            throw new DomainRuleException("report.refused.ownReport");
        }
    }

    private void requireStatus(String refusal, ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainRuleException(refusal, status.name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("month", year + "-" + month);
        m.put("items", items.size());
        if (selfGrade != null) m.put("selfGrade", selfGrade.name());
        if (reviewGrade != null) m.put("reviewGrade", reviewGrade.name());
        if (returnReason != null) m.put("returnReason", returnReason);
        if (postedUntil != null) m.put("postedUntil", postedUntil.toString());
        if (correctionRequired) m.put("correctionRequired", true);
        return m;
    }

    public YearMonth yearMonth() { return YearMonth.of(year, month); }
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getCadreId() { return cadreId; }
    public long getUnitId() { return unitId; }
    public int getYear() { return year; }
    public int getMonth() { return month; }
    public ReportStatus getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public Grade getSelfGrade() { return selfGrade; }
    public String getSelfAppraisal() { return selfAppraisal; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public boolean isLate() { return late; }
    public String getReturnReason() { return returnReason; }
    public boolean isReturnedAsEmpty() { return returnedAsEmpty; }
    public Boolean getTruthful() { return truthful; }
    public Grade getReviewGrade() { return reviewGrade; }
    public String getReviewComment() { return reviewComment; }
    public String getReviewedBy() { return reviewedBy; }
    public OffsetDateTime getReviewedAt() { return reviewedAt; }
    public String getSignedBy() { return signedBy; }
    public OffsetDateTime getSignedAt() { return signedAt; }
    public LocalDate getPostedFrom() { return postedFrom; }
    public LocalDate getPostedUntil() { return postedUntil; }
    public OffsetDateTime getArchivedAt() { return archivedAt; }
    public boolean isCorrectionRequired() { return correctionRequired; }
    public String getCorrection() { return correction; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public List<ReportItem> getItems() { return List.copyOf(items); }
}
