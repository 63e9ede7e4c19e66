package cn.zhishi.demo;

import java.time.LocalDate;

/**
 * One line of a generated résumé (简历), e.g. 2012-03-01…2016-08-31 "青山县桃源乡副乡长，分管经济发展和招商引资工作".
 * The dates are columns, so the description does not repeat them. A null end means "to date".
 */
public record ResumeRecord(LocalDate startDate, LocalDate endDate, String description) {
}
