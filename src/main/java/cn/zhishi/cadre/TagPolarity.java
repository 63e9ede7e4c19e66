package cn.zhishi.cadre;

/** 正向 / 负向 标签 [000 §三.三]. */
public enum TagPolarity {
    POSITIVE, NEGATIVE
}
