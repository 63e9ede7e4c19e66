package cn.zhishi.cadre;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One sanction or organisational handling (处分 / 组织处理 / 诫勉) as entered. */
public class SanctionForm {
    private String sanctionType;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;
    private String issuer;
    private String reason;

    public String getSanctionType() { return sanctionType; }
    public void setSanctionType(String sanctionType) { this.sanctionType = sanctionType; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
