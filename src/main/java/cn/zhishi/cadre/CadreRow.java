package cn.zhishi.cadre;

import java.time.LocalDate;

/** One line of a cadre list or export. {@code highestEducation} is a dictionary code. */
public record CadreRow(long id, String name, Gender gender, String ethnicity, LocalDate birthDate, int age,
        CadreType cadreType, long unitId, String unitName, String highestEducation, String currentPost,
        String postLevel, LocalDate workStartDate) {
}
