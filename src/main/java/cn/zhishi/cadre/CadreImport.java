package cn.zhishi.cadre;

import java.util.List;

/**
 * One cadre's file as it arrives from a spreadsheet or another system: basic facts and the records
 * that come with them. Imported as a whole: either everything in it is valid and saved, or nothing.
 */
public record CadreImport(CadreForm facts, List<EducationForm> educations, List<FamilyMemberForm> family,
        List<ResumeEntryForm> resume, List<TenureForm> tenures) {

    public CadreImport {
        educations = educations == null ? List.of() : List.copyOf(educations);
        family = family == null ? List.of() : List.copyOf(family);
        resume = resume == null ? List.of() : List.copyOf(resume);
        tenures = tenures == null ? List.of() : List.copyOf(tenures);
    }

    /** What the import did with the file. */
    public enum Outcome { REGISTERED, UPDATED, UNCHANGED }

    public record Result(long cadreId, Outcome outcome, int recordsAdded) {
    }
}
