package cn.zhishi.assessment.keywork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A mid-year progress check of one project (抽查暗访、专项考核 notes), recorded by the organisation department. */
@Entity
@Table(name = "key_work_check")
public class KeyWorkCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long projectId;
    private LocalDate checkedOn;
    @Enumerated(EnumType.STRING)
    private CheckMethod method;
    @Enumerated(EnumType.STRING)
    private Progress progress;
    private String note;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    protected KeyWorkCheck() {
    }

    KeyWorkCheck(long projectId, LocalDate checkedOn, CheckMethod method, Progress progress, String note, String recordedBy,
            OffsetDateTime recordedAt) {
        this.projectId = projectId;
        this.checkedOn = checkedOn;
        this.method = method;
        this.progress = progress;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public CheckMethod getMethod() {
        return method;
    }

    public Progress getProgress() {
        return progress;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
