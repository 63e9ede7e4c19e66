package cn.zhishi.assessment.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-version form: one field per parameter a rulebook holds (see {@link RulebookDraft}). */
public class RulebookForm {

    private Integer basedOnVersion;
    private String name;
    private Map<CompositeSource, BigDecimal> weights = new EnumMap<>(CompositeSource.class);
    private BigDecimal cadreExcellentMin;
    private BigDecimal cadreCompetentMin;
    private BigDecimal cadreBasicMin;
    private BigDecimal teamExcellentMin;
    private BigDecimal teamGoodMin;
    private BigDecimal teamAverageMin;
    private Map<TeamGrade, Integer> quotaPercent = new EnumMap<>(TeamGrade.class);
    private QuotaRounding rounding;
    private Map<String, RuleForm> rules = new LinkedHashMap<>();
    private String basis;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;

    public RulebookForm() {
        for (String r : RulebookDraftRules.RULES) {
            rules.put(r, new RuleForm());
        }
    }

    static RulebookForm of(RulebookDraft d) {
        RulebookForm f = new RulebookForm();
        f.basedOnVersion = d.basedOnVersion();
        f.name = d.name();
        f.weights.putAll(d.weights());
        f.cadreExcellentMin = d.cadreExcellentMin();
        f.cadreCompetentMin = d.cadreCompetentMin();
        f.cadreBasicMin = d.cadreBasicMin();
        f.teamExcellentMin = d.teamExcellentMin();
        f.teamGoodMin = d.teamGoodMin();
        f.teamAverageMin = d.teamAverageMin();
        f.quotaPercent.putAll(d.quotaPercent());
        f.rounding = d.rounding();
        d.rules().forEach((k, v) -> {
            RuleForm r = new RuleForm();
            r.setEnabled(v.enabled());
            r.setSource(v.source());
            f.rules.put(k, r);
        });
        f.basis = d.basis();
        f.effectiveFrom = d.effectiveFrom();
        return f;
    }

    RulebookDraft toDraft() {
        Map<String, RulebookDraft.RuleText> r = new LinkedHashMap<>();
        rules.forEach((k, v) -> r.put(k, new RulebookDraft.RuleText(v.isEnabled(), v.getSource())));
        return new RulebookDraft(basedOnVersion, name, new EnumMap<>(weights), cadreExcellentMin, cadreCompetentMin,
                cadreBasicMin, teamExcellentMin, teamGoodMin, teamAverageMin, new EnumMap<>(quotaPercent), rounding, r, basis,
                effectiveFrom);
    }

    /** One rule on the form: applied or not, and its source text. */
    public static class RuleForm {
        private boolean enabled;
        private String source;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    public Integer getBasedOnVersion() { return basedOnVersion; }
    public void setBasedOnVersion(Integer basedOnVersion) { this.basedOnVersion = basedOnVersion; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Map<CompositeSource, BigDecimal> getWeights() { return weights; }
    public void setWeights(Map<CompositeSource, BigDecimal> weights) { this.weights = weights; }
    public BigDecimal getCadreExcellentMin() { return cadreExcellentMin; }
    public void setCadreExcellentMin(BigDecimal v) { this.cadreExcellentMin = v; }
    public BigDecimal getCadreCompetentMin() { return cadreCompetentMin; }
    public void setCadreCompetentMin(BigDecimal v) { this.cadreCompetentMin = v; }
    public BigDecimal getCadreBasicMin() { return cadreBasicMin; }
    public void setCadreBasicMin(BigDecimal v) { this.cadreBasicMin = v; }
    public BigDecimal getTeamExcellentMin() { return teamExcellentMin; }
    public void setTeamExcellentMin(BigDecimal v) { this.teamExcellentMin = v; }
    public BigDecimal getTeamGoodMin() { return teamGoodMin; }
    public void setTeamGoodMin(BigDecimal v) { this.teamGoodMin = v; }
    public BigDecimal getTeamAverageMin() { return teamAverageMin; }
    public void setTeamAverageMin(BigDecimal v) { this.teamAverageMin = v; }
    public Map<TeamGrade, Integer> getQuotaPercent() { return quotaPercent; }
    public void setQuotaPercent(Map<TeamGrade, Integer> quotaPercent) { this.quotaPercent = quotaPercent; }
    public QuotaRounding getRounding() { return rounding; }
    public void setRounding(QuotaRounding rounding) { this.rounding = rounding; }
    public Map<String, RuleForm> getRules() { return rules; }
    public void setRules(Map<String, RuleForm> rules) { this.rules = rules; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
}
