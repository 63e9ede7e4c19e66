package cn.zhishi.supervision;

import cn.zhishi.shared.DomainRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A 督办 task: owner, deadline, done or not, and whether its lateness was already carded. */
@Entity
@Table(name = "supervised_task")
public class SupervisedTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private long unitId;
    private long ownerCadreId;
    private String title;
    private LocalDate deadline;
    private LocalDate completedOn;
    private boolean carded;
    private String createdBy;
    private OffsetDateTime createdAt;

    protected SupervisedTask() {
    }

    SupervisedTask(long unitId, long ownerCadreId, String title, LocalDate deadline, String createdBy, OffsetDateTime now) {
        this.unitId = unitId;
        this.ownerCadreId = ownerCadreId;
        this.title = title;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Overdue on {@code today}: not done and past its deadline. */
    public boolean overdueOn(LocalDate today) {
        return completedOn == null && today.isAfter(deadline);
    }

    void complete(LocalDate on) {
        if (completedOn != null) {
            throw new DomainRuleException("task.refused.done");
        }
        this.completedOn = on;
    }

    void markCarded() {
        this.carded = true;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public long getOwnerCadreId() { return ownerCadreId; }
    public String getTitle() { return title; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getCompletedOn() { return completedOn; }
    public boolean isCarded() { return carded; }
}
