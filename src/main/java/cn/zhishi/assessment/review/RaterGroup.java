package cn.zhishi.assessment.review;

import java.math.BigDecimal;

/**
 * Who rates [000] §一.三 (垦利“四步法”: 自评、领导点评、群众评议、组织核实研判; 利津“三级评议”), each with
 * a default weight. The source asks that raters be weighted by 知情度 (how well they know the person),
 * 关联度 (how closely their work is linked) and 责任度 (how much they answer for the judgement) but gives
 * no numbers; these defaults are our reading and every campaign may change them:
 * <ul>
 * <li>组织 25 and 领导 25 — highest 责任度 (组织核实研判; 领导点评, the 三级评议's higher level);</li>
 * <li>同事 20 — high 知情度 and 关联度;</li>
 * <li>职工群众 15 and 服务对象 10 — 群众评议: real but partial 知情度;</li>
 * <li>本人 5 — the most 知情 but judging oneself, so kept small.</li>
 * </ul>
 */
public enum RaterGroup {
    SELF(5), LEADER(25), PEERS(20), STAFF(15), SERVICE_RECIPIENTS(10), ORGANISATION(25);

    private final int defaultWeight;

    RaterGroup(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(defaultWeight);
    }
}
