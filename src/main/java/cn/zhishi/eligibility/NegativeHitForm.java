package cn.zhishi.eligibility;

import java.time.LocalDate;

/** Input for recording a negative-list hit. */
public class NegativeHitForm {

    private String situationCode;
    private String evidence;
    private String source;
    private LocalDate foundOn;

    public String getSituationCode() { return situationCode; }
    public void setSituationCode(String situationCode) { this.situationCode = situationCode; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getFoundOn() { return foundOn; }
    public void setFoundOn(LocalDate foundOn) { this.foundOn = foundOn; }
}
