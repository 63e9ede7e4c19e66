package cn.zhishi.eligibility.kinship;

/**
 * The relations 《公务员回避规定》(2020)第五条 names: 夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系.
 * Adoptive parents and children count as blood relatives (拟制血亲, 《民法典》第一千一百一十一条).
 */
public enum KinshipCategory {
    /** 夫妻 */
    SPOUSE,
    /** 直系血亲: parents, grandparents, children, grandchildren … */
    LINEAL,
    /** 三代以内旁系血亲: siblings, uncles/aunts, nephews/nieces, first cousins */
    COLLATERAL,
    /** 近姻亲: spouse's parents and siblings (and their spouses), children's spouses and their parents, spouses of collateral relatives within three generations */
    CLOSE_IN_LAW
}
