package cn.zhishi.assessment.annual;

import cn.zhishi.shared.DomainRuleException;
import java.util.List;

/** A step refused because constraints are violated; the argument lists each rule with its source. */
public class ConstraintsViolated extends DomainRuleException {

    private final transient List<Violation> violations;

    public ConstraintsViolated(List<Violation> violations, String rendered) {
        super("annual.refused.constraints", rendered);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
