package cn.zhishi.demo;

/** A generated yearly assessment grade: the codes of the registry's annual_grade (EXCELLENT 优秀, COMPETENT 称职, BASIC 基本称职, INCOMPETENT 不称职, NOT_GRADED 不定等次). */
public record YearlyGradeRecord(int year, String grade) {
}
