package cn.zhishi.cadre;

/** Whether the cadre is still serving. */
public enum CadreStatus {
    ACTIVE, RETIRED, LEFT
}
