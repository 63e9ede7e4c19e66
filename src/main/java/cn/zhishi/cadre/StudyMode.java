package cn.zhishi.cadre;

/** 全日制 or 在职 education. */
public enum StudyMode {
    FULL_TIME, IN_SERVICE
}
