package cn.zhishi.eligibility;

import java.time.LocalDate;

/** Input for the reserve pool: entering (cadreId or idNumber, targetLevel, source, sourceNote), moving (reason), reviewing (asOf). */
public class ReserveForm {

    private Long cadreId;
    private String idNumber;
    private String targetLevel;
    private String source;
    private String sourceNote;
    private String reason;
    private LocalDate asOf;

    public Long getCadreId() { return cadreId; }
    public void setCadreId(Long cadreId) { this.cadreId = cadreId; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getTargetLevel() { return targetLevel; }
    public void setTargetLevel(String targetLevel) { this.targetLevel = targetLevel; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSourceNote() { return sourceNote; }
    public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
}
