package cn.zhishi.demo;

import java.time.LocalDate;

/** A generated family member; relation and political status are dictionary codes. */
public record FamilyRecord(String relation, String name, LocalDate birthDate, String politicalStatus, String workUnit,
        String postTitle, boolean settledAbroad, String abroadCountry, LocalDate settledSince) {
}
