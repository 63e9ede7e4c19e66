package cn.zhishi.assessment.keywork;

import cn.zhishi.assessment.indicator.Rating;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cadre's key work of one year (重点工作项目化考核) [004]: the project list drawn up at the start of the
 * year, the organisation department's mid-year checks, the year-end collection form (业绩信息采集表:
 * completion against the list, the most satisfying work and the unsatisfying or regretted work) and
 * the rating 好/较好/一般/差. Each step is a named method that checks the state and the actor.
 */
@Entity
@Table(name = "key_work_sheet")
public class KeyWorkSheet {

    static final int MAX_PROJECTS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private long cadreId;
    private int workYear;
    @Enumerated(EnumType.STRING)
    private KeyWorkStatus status;
    private String completion;
    private String mostSatisfied;
    private String regretted;
    private String submittedBy;
    private OffsetDateTime submittedAt;
    private String returnReason;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    private String ratingComment;
    private String ratedBy;
    private OffsetDateTime ratedAt;
    private OffsetDateTime createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "sheet_id", nullable = false)
    @OrderBy("position")
    private List<KeyWorkProject> projects = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "sheet_id", nullable = false)
    @OrderBy("checkedOn, id")
    private List<KeyWorkCheck> checks = new ArrayList<>();

    protected KeyWorkSheet() {
    }

    KeyWorkSheet(long cadreId, int workYear, OffsetDateTime now) {
        this.cadreId = cadreId;
        this.workYear = workYear;
        this.status = KeyWorkStatus.LISTING;
        this.createdAt = now;
    }

    /** Adds a project to the list; the cadre or the organisation department, while the list is open. */
    void addProject(KeyWorkActor actor, String title, String target) {
        requireCadreOrStaff(actor);
        requireStatus("keyWork.refused.notListing", KeyWorkStatus.LISTING);
        Problems p = new Problems();
        String t = strip(title);
        if (t == null) {
            p.add("title", "validation.required");
        } else if (t.length() > 300) {
            p.add("title", "validation.tooLong", 300);
        } else if (projects.stream().anyMatch(x -> x.getTitle().equals(t))) {
            p.add("title", "keyWork.project.duplicate");
        }
        String g = strip(target);
        if (g != null && g.length() > 1000) {
            p.add("target", "validation.tooLong", 1000);
        }
        if (projects.size() >= MAX_PROJECTS) {
            p.add("title", "keyWork.project.tooMany", MAX_PROJECTS);
        }
        p.throwIfAny();
        projects.add(new KeyWorkProject(projects.size(), t, g));
    }

    /** Takes a project off the list while it is open; one that has been checked stays on record. */
    KeyWorkProject removeProject(KeyWorkActor actor, long projectId) {
        requireCadreOrStaff(actor);
        requireStatus("keyWork.refused.notListing", KeyWorkStatus.LISTING);
        KeyWorkProject project = project(projectId);
        if (checks.stream().anyMatch(c -> c.getProjectId() == projectId)) {
            throw new DomainRuleException("keyWork.refused.checkedProject", project.getTitle());
        }
        projects.remove(project);
        for (int i = 0; i < projects.size(); i++) {
            projects.get(i).renumber(i);
        }
        return project;
    }

    /**
     * Records a mid-year check of a project (organisation department only), dated within the sheet's
     * year and not after today; allowed until the sheet is rated.
     */
    KeyWorkCheck recordCheck(KeyWorkActor actor, long projectId, LocalDate checkedOn, CheckMethod method, Progress progress,
            String note, LocalDate today, OffsetDateTime now) {
        requireStaff(actor);
        requireStatus("keyWork.refused.rated", KeyWorkStatus.LISTING, KeyWorkStatus.SUBMITTED);
        project(projectId);
        Problems p = new Problems().require(checkedOn, "checkedOn").require(method, "method").require(progress, "progress");
        String n = strip(note);
        if (n == null) {
            p.add("note", "validation.required");
        } else if (n.length() > 2000) {
            p.add("note", "validation.tooLong", 2000);
        }
        if (checkedOn != null && (checkedOn.getYear() != workYear || checkedOn.isAfter(today))) {
            p.add("checkedOn", "keyWork.check.date", workYear);
        }
        p.throwIfAny();
        KeyWorkCheck c = new KeyWorkCheck(projectId, checkedOn, method, progress, n, actor.username(), now);
        checks.add(c);
        return c;
    }

    /**
     * Hands in the year-end collection form: completion against the listed projects, and — the source
     * asks for both — the most satisfying work and the unsatisfying or regretted work.
     */
    void submit(KeyWorkActor actor, String completion, String mostSatisfied, String regretted, OffsetDateTime now) {
        requireCadreOrStaff(actor);
        requireStatus("keyWork.refused.notListing", KeyWorkStatus.LISTING);
        Problems p = new Problems();
        if (projects.isEmpty()) {
            p.add("completion", "keyWork.submit.noProjects");
        }
        text(p, "completion", completion, 4000);
        text(p, "mostSatisfied", mostSatisfied, 2000);
        text(p, "regretted", regretted, 2000);
        p.throwIfAny();
        this.completion = strip(completion);
        this.mostSatisfied = strip(mostSatisfied);
        this.regretted = strip(regretted);
        this.submittedBy = actor.username();
        this.submittedAt = now;
        this.returnReason = null;
        this.status = KeyWorkStatus.SUBMITTED;
    }

    /** Sends a submitted form back for revision, with the reason (organisation department only). */
    void returnForRevision(KeyWorkActor actor, String reason) {
        requireStaff(actor);
        requireStatus("keyWork.refused.notSubmitted", KeyWorkStatus.SUBMITTED);
        Problems p = new Problems();
        text(p, "reason", reason, 500);
        p.throwIfAny();
        this.returnReason = strip(reason);
        this.status = KeyWorkStatus.LISTING;
    }

    /** Rates the year's key work 好/较好/一般/差; 一般 and 差 need a comment saying why. Final. */
    void rate(KeyWorkActor actor, Rating rating, String comment, OffsetDateTime now) {
        requireStaff(actor);
        requireStatus("keyWork.refused.notSubmitted", KeyWorkStatus.SUBMITTED);
        Problems p = new Problems().require(rating, "rating");
        String c = strip(comment);
        if (c == null && (rating == Rating.AVERAGE || rating == Rating.POOR)) {
            p.add("comment", "keyWork.rate.commentRequired");
        } else if (c != null && c.length() > 1000) {
            p.add("comment", "validation.tooLong", 1000);
        }
        p.throwIfAny();
        this.rating = rating;
        this.ratingComment = c;
        this.ratedBy = actor.username();
        this.ratedAt = now;
        this.status = KeyWorkStatus.RATED;
    }

    /** What the audit record keeps of the sheet. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", workYear);
        m.put("status", status.name());
        m.put("projects", projects.stream().map(KeyWorkProject::getTitle).toList());
        m.put("checks", checks.size());
        if (completion != null) {
            m.put("completion", completion);
            m.put("mostSatisfied", mostSatisfied);
            m.put("regretted", regretted);
        }
        if (returnReason != null) {
            m.put("returnReason", returnReason);
        }
        if (rating != null) {
            m.put("rating", rating.name());
            m.put("ratingComment", ratingComment);
        }
        return m;
    }

    private KeyWorkProject project(long projectId) {
        return projects.stream().filter(x -> x.getId() != null && x.getId() == projectId).findFirst()
                .orElseThrow(() -> new DomainRuleException("keyWork.refused.unknownProject"));
    }

    private void requireCadreOrStaff(KeyWorkActor actor) {
        if (!actor.organisationStaff() && !actor.owns(cadreId)) {
            throw new DomainRuleException("keyWork.refused.notYours");
        }
    }

    private static void requireStaff(KeyWorkActor actor) {
        if (!actor.organisationStaff()) {
            throw new DomainRuleException("keyWork.refused.staffOnly");
        }
    }

    private void requireStatus(String refusal, KeyWorkStatus... allowed) {
        for (KeyWorkStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainRuleException(refusal);
    }

    private static void text(Problems p, String field, String value, int max) {
        String v = strip(value);
        if (v == null) {
            p.add(field, "validation.required");
        } else if (v.length() > max) {
            p.add(field, "validation.tooLong", max);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCadreId() {
        return cadreId;
    }

    public int getWorkYear() {
        return workYear;
    }

    public KeyWorkStatus getStatus() {
        return status;
    }

    public String getCompletion() {
        return completion;
    }

    public String getMostSatisfied() {
        return mostSatisfied;
    }

    public String getRegretted() {
        return regretted;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Rating getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public OffsetDateTime getRatedAt() {
        return ratedAt;
    }

    public List<KeyWorkProject> getProjects() {
        return List.copyOf(projects);
    }

    public List<KeyWorkCheck> getChecks() {
        return List.copyOf(checks);
    }

    /** The checks of one project, in date order. */
    public List<KeyWorkCheck> checksOf(long projectId) {
        return checks.stream().filter(c -> c.getProjectId() == projectId).toList();
    }
}
