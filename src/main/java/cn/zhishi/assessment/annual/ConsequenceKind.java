package cn.zhishi.assessment.annual;

/** What an approved annual result brings ([003]; 《公务员考核规定》(2020)). */
public enum ConsequenceKind {
    /** 通报表扬、嘉奖 (cadre 优秀) */
    COMMENDATION,
    /** 记三等功 (优秀 three years in a row) */
    THIRD_CLASS_MERIT,
    /** 享受年度考核奖金 (称职 or above) */
    BONUS,
    /** 不得享受年度考核奖金 (基本称职、不称职) */
    NO_BONUS,
    /** 晋升级别工资档次 (称职 or above two years in a row) */
    SALARY_STEP,
    /** 诫勉 */
    CAUTION,
    /** 通报批评 */
    CRITICISM,
    /** 一定期限内不得提拔、进一步使用或晋升职级 (with start and end) */
    NO_PROMOTION,
    /** 调整分工，不得分管关键岗位 (基本称职) */
    DUTIES_CHANGED,
    /** 降低一个职务或者职级层次任职 (不称职) */
    DEMOTION,
    /** 组织调整或者组织处理 (基本称职 two years in a row) */
    ORGANISATIONAL_ADJUSTMENT,
    /** 予以辞退 (不称职 two years in a row) */
    DISMISSAL_PROPOSAL,
    /** 约谈领导班子正职 (team 一般) */
    PRINCIPAL_INTERVIEW,
    /** 公开检讨、书面检查、限期整改 (team 较差) */
    SELF_EXAMINATION,
    /** 正职提出辞职或责令辞职 (team 较差) */
    PRINCIPAL_RESIGNATION
}
