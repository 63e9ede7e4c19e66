package cn.zhishi.assessment.keywork;

import cn.zhishi.assessment.indicator.Rating;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the sheet page's forms post (each form fills its own fields). */
public class KeyWorkForm {

    private String title;
    private String target;
    private Long projectId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checkedOn;
    private CheckMethod method;
    private Progress progress;
    private String note;
    private String completion;
    private String mostSatisfied;
    private String regretted;
    private String reason;
    private Rating rating;
    private String comment;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
    public CheckMethod getMethod() { return method; }
    public void setMethod(CheckMethod method) { this.method = method; }
    public Progress getProgress() { return progress; }
    public void setProgress(Progress progress) { this.progress = progress; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCompletion() { return completion; }
    public void setCompletion(String completion) { this.completion = completion; }
    public String getMostSatisfied() { return mostSatisfied; }
    public void setMostSatisfied(String mostSatisfied) { this.mostSatisfied = mostSatisfied; }
    public String getRegretted() { return regretted; }
    public void setRegretted(String regretted) { this.regretted = regretted; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
