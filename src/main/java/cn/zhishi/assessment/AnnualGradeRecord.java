package cn.zhishi.assessment;

import java.time.Instant;

/** One cadre's result for one year, with who recorded it from which source. */
public record AnnualGradeRecord(long cadreId, int year, Grade grade, String source, String note, String recordedBy,
        Instant recordedAt) {
}
