package cn.zhishi.demo;

/** A generated yearly assessment grade: EXCELLENT 优秀, COMPETENT 称职, BASICALLY_COMPETENT 基本称职, INCOMPETENT 不称职. */
public record YearlyGradeRecord(int year, String grade) {
}
