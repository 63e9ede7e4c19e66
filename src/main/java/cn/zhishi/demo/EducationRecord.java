package cn.zhishi.demo;

import cn.zhishi.cadre.StudyMode;
import java.time.LocalDate;

/** One generated education record; level and degree are dictionary codes. */
public record EducationRecord(StudyMode studyMode, String educationLevel, String degree, String school, String major,
        LocalDate startDate, LocalDate endDate) {
}
