package cn.zhishi.assessment.indicator;

import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new set, or a new version of the set with the same code. {@code domain}, {@code unitClass} and
 * {@code role} may be null (any).
 */
public record IndicatorSetCommand(String code, String name, UnitDomain domain, UnitClass unitClass, RoleScope role,
        RatingScale scale, String basis, List<Line> indicators) {

    /** One indicator as typed: name, kind, relative weight. */
    public record Line(String name, IndicatorKind kind, BigDecimal weight) {
    }
}
