package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/** 任职回避: the target post may not create one of the configurations 第五条 forbids with a relative (computed per target, see the kinship package). */
public final class KinshipAvoidance implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "《公务员回避规定》(2020)第五条：有夫妻、直系血亲、三代以内旁系血亲及近姻亲关系的，不得在同一机关双方直接隶属于同一领导人员的职位或者有直接上下级领导关系的职位工作，也不得在其中一方担任领导职务的机关从事组织、人事、纪检监察、审计和财务工作";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        List<Reason> reasons = c.conflicts().stream().map(k -> Reason.of("rule.KinshipAvoidance.conflict", null,
                k.relativeName(), "enum.KinshipCategory." + k.category(), k.relativePost(),
                "enum.AvoidanceCheck." + k.check())).toList();
        return RuleResult.check(this, profile, reasons);
    }
}
