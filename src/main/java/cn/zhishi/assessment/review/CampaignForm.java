package cn.zhishi.assessment.review;

import cn.zhishi.cadre.CadreFilter;
import cn.zhishi.org.TeamRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The set-up form; a rater group whose weight is left empty does not take part. */
public class CampaignForm {

    private String name;
    private CampaignKind kind = CampaignKind.QUARTERLY;
    private Long indicatorSetId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;
    private Integer flagPercent = 30;
    private Long unitId;
    private TeamRole teamRole;
    private Map<RaterGroup, BigDecimal> weights = new EnumMap<>(RaterGroup.class);

    public CampaignForm() {
        for (RaterGroup g : RaterGroup.values()) {
            weights.put(g, g.defaultWeight());
        }
    }

    public CampaignCommand toCommand() {
        CadreFilter f = new CadreFilter();
        f.setUnitId(unitId);
        f.setTeamRole(teamRole);
        Map<RaterGroup, BigDecimal> taking = new EnumMap<>(RaterGroup.class);
        weights.forEach((g, w) -> {
            if (w != null) {
                taking.put(g, w);
            }
        });
        return new CampaignCommand(name, kind, indicatorSetId, opensOn, closesOn, flagPercent, taking, f);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CampaignKind getKind() { return kind; }
    public void setKind(CampaignKind kind) { this.kind = kind; }
    public Long getIndicatorSetId() { return indicatorSetId; }
    public void setIndicatorSetId(Long indicatorSetId) { this.indicatorSetId = indicatorSetId; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public Integer getFlagPercent() { return flagPercent; }
    public void setFlagPercent(Integer flagPercent) { this.flagPercent = flagPercent; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public TeamRole getTeamRole() { return teamRole; }
    public void setTeamRole(TeamRole teamRole) { this.teamRole = teamRole; }
    public Map<RaterGroup, BigDecimal> getWeights() { return weights; }
    public void setWeights(Map<RaterGroup, BigDecimal> weights) { this.weights = weights; }
}
