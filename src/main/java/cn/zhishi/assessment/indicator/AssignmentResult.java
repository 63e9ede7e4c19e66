package cn.zhishi.assessment.indicator;

/** What one assignment by filter did: how many cadres got a set, and how many matched no set (auto mode). */
public record AssignmentResult(int assigned, int withoutSet) {
}
