package cn.zhishi.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 处分 / 组织处理 / 诫勉 with its decision date and the influence period it started. The end of the
 * period is fixed when recorded, from the type's period in force at that time.
 */
@Entity
@Table(name = "cadre_sanction")
public class Sanction implements FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sanctionType;
    private LocalDate decisionDate;
    private String issuer;
    private String reason;
    private LocalDate influenceEndsOn;

    protected Sanction() {
    }

    Sanction(SanctionForm f, int influenceMonths) {
        sanctionType = f.getSanctionType();
        decisionDate = f.getDecisionDate();
        issuer = Text.orNull(f.getIssuer());
        reason = f.getReason().trim();
        influenceEndsOn = InfluencePeriod.of(decisionDate, influenceMonths).end();
    }

    public InfluencePeriod influencePeriod() {
        return new InfluencePeriod(decisionDate, influenceEndsOn);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sanctionType", sanctionType);
        m.put("decisionDate", decisionDate);
        m.put("issuer", issuer);
        m.put("reason", reason);
        m.put("influenceEndsOn", influenceEndsOn);
        return m;
    }

    @Override
    public Long getId() { return id; }
    public String getSanctionType() { return sanctionType; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getIssuer() { return issuer; }
    public String getReason() { return reason; }
    public LocalDate getInfluenceEndsOn() { return influenceEndsOn; }
}
