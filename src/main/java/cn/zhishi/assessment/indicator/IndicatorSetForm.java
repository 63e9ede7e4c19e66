package cn.zhishi.assessment.indicator;

import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The page form for a new set or version. Indicators are typed one per line as
 * {@code 名称|权重|类型} (类型 COMMON/SPECIFIC/FOCUS/ASPECT, default SPECIFIC).
 */
public class IndicatorSetForm {

    private String code;
    private String name;
    private UnitDomain domain;
    private UnitClass unitClass;
    private RoleScope role;
    private BigDecimal scoreGood = RatingScale.DEFAULT.good();
    private BigDecimal scoreFairlyGood = RatingScale.DEFAULT.fairlyGood();
    private BigDecimal scoreAverage = RatingScale.DEFAULT.average();
    private BigDecimal scorePoor = RatingScale.DEFAULT.poor();
    private String basis;
    private String indicators;

    /** The form of a new version of {@code s}, filled with what it has. */
    public static IndicatorSetForm of(IndicatorSet s) {
        IndicatorSetForm f = new IndicatorSetForm();
        f.code = s.code();
        f.name = s.name();
        f.domain = s.domain();
        f.unitClass = s.unitClass();
        f.role = s.role();
        f.scoreGood = s.scale().good();
        f.scoreFairlyGood = s.scale().fairlyGood();
        f.scoreAverage = s.scale().average();
        f.scorePoor = s.scale().poor();
        f.basis = s.basis();
        StringBuilder b = new StringBuilder();
        for (Indicator i : s.indicators()) {
            b.append(i.name()).append('|').append(i.weight().stripTrailingZeros().toPlainString()).append('|')
                    .append(i.kind()).append('\n');
        }
        f.indicators = b.toString();
        return f;
    }

    /**
     * The command, with unreadable lines carried as lines without a kind or weight (the service names
     * them by number).
     */
    public IndicatorSetCommand toCommand() {
        List<IndicatorSetCommand.Line> lines = new ArrayList<>();
        if (indicators != null) {
            for (String raw : indicators.split("\\R")) {
                if (raw.isBlank()) {
                    continue;
                }
                String[] parts = raw.split("[|｜]", -1);
                String n = parts[0].trim();
                BigDecimal w = null;
                IndicatorKind k = IndicatorKind.SPECIFIC;
                try {
                    w = parts.length > 1 ? new BigDecimal(parts[1].trim()) : null;
                } catch (NumberFormatException e) {
                    w = null;
                }
                if (parts.length > 2 && !parts[2].isBlank()) {
                    try {
                        k = IndicatorKind.valueOf(parts[2].trim().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        k = null;
                    }
                }
                lines.add(new IndicatorSetCommand.Line(n, k, parts.length > 3 ? null : w));
            }
        }
        return new IndicatorSetCommand(code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT), name,
                domain, unitClass, role, new RatingScale(scoreGood, scoreFairlyGood, scoreAverage, scorePoor), basis,
                lines);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitDomain getDomain() { return domain; }
    public void setDomain(UnitDomain domain) { this.domain = domain; }
    public UnitClass getUnitClass() { return unitClass; }
    public void setUnitClass(UnitClass unitClass) { this.unitClass = unitClass; }
    public RoleScope getRole() { return role; }
    public void setRole(RoleScope role) { this.role = role; }
    public BigDecimal getScoreGood() { return scoreGood; }
    public void setScoreGood(BigDecimal scoreGood) { this.scoreGood = scoreGood; }
    public BigDecimal getScoreFairlyGood() { return scoreFairlyGood; }
    public void setScoreFairlyGood(BigDecimal scoreFairlyGood) { this.scoreFairlyGood = scoreFairlyGood; }
    public BigDecimal getScoreAverage() { return scoreAverage; }
    public void setScoreAverage(BigDecimal scoreAverage) { this.scoreAverage = scoreAverage; }
    public BigDecimal getScorePoor() { return scorePoor; }
    public void setScorePoor(BigDecimal scorePoor) { this.scorePoor = scorePoor; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getIndicators() { return indicators; }
    public void setIndicators(String indicators) { this.indicators = indicators; }
}
