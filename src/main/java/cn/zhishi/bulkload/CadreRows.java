package cn.zhishi.bulkload;

import cn.zhishi.cadre.CadreFactsRules;
import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.Gender;
import cn.zhishi.sensitive.SensitiveDataCipher;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java pass over cadres.csv: each row is checked with the registry's own
 * {@link CadreFactsRules} (ID number valid and agreeing with birth date and gender, ages at work
 * start and Party entry, no future dates, phone format, required fields), the ID number is
 * normalised, digested and encrypted and the phone encrypted — the forms the cadre module stores —
 * so that clear numbers never reach a table. The unit and the ethnicity dictionary are checked after
 * it ({@link CityFileRules}).
 */
final class CadreRows {

    private final SensitiveDataCipher cipher;
    private final LocalDate today;

    CadreRows(SensitiveDataCipher cipher, LocalDate today) {
        this.cipher = cipher;
        this.today = today;
    }

    /** A checked row: the cadre as the registry stores it (number digested and encrypted), or why it is refused. */
    record Outcome(String idNumber, String reason, String digest, String idCipher, String phoneCipher, String name,
            String gender, String ethnicity, LocalDate birthDate, String nativePlace, LocalDate partyJoinDate,
            LocalDate workStartDate, String cadreType, String specialty, String familiarFields) {

        static Outcome refused(String idNumber, String reason) {
            return new Outcome(idNumber, reason, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** {@code row}: the CSV fields in the order of {@link CityFile#CADRES}. */
    Outcome check(long rowNo, List<String> row) {
        String rawId = field(row, "id_number");
        String id = rawId == null ? null : rawId.trim().toUpperCase();
        List<String> reasons = new ArrayList<>();
        CadreForm f = new CadreForm();
        f.setUnitId(0L); // the unit is checked by its code, set-based
        f.setIdNumber(id);
        f.setName(field(row, "name"));
        f.setEthnicity(field(row, "ethnicity"));
        f.setNativePlace(field(row, "native_place"));
        f.setPhone(field(row, "phone"));
        f.setSpecialty(field(row, "specialty"));
        f.setFamiliarFields(field(row, "familiar_fields"));
        f.setGender(enumValue(Gender.class, row, "gender", reasons));
        f.setCadreType(enumValue(CadreType.class, row, "cadre_type", reasons));
        f.setBirthDate(date(row, "birth_date", reasons));
        f.setPartyJoinDate(date(row, "party_join_date", reasons));
        f.setWorkStartDate(date(row, "work_start_date", reasons));
        if (field(row, "unit_code") == null) {
            reasons.add("unit_code: required");
        }
        Problems p = new Problems();
        CadreFactsRules.check(f, today, p);
        for (FieldProblem problem : p.list()) {
            reasons.add(column(problem.field()) + ": " + problem.code()
                    + (problem.args() == null || problem.args().length == 0 ? "" : " " + java.util.Arrays.toString(problem.args())));
        }
        maxLength(reasons, row, "native_place", 100);
        maxLength(reasons, row, "specialty", 200);
        maxLength(reasons, row, "familiar_fields", 200);
        if (!reasons.isEmpty()) {
            return Outcome.refused(id, String.join("; ", reasons));
        }
        return new Outcome(id, null, cipher.digest(id), cipher.encrypt(id), cipher.encrypt(blankToNull(f.getPhone())),
                f.getName(), f.getGender().name(), f.getEthnicity(), f.getBirthDate(), f.getNativePlace(),
                f.getPartyJoinDate(), f.getWorkStartDate(), f.getCadreType().name(), f.getSpecialty(), f.getFamiliarFields());
    }

    private static String field(List<String> row, String column) {
        int i = CityFile.CADRES.column(column);
        return i < row.size() ? row.get(i) : null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, List<String> row, String column, List<String> reasons) {
        String v = field(row, column);
        if (v == null || v.isBlank()) {
            return null; // CadreFactsRules reports it as required
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            reasons.add(column + ": unknown code: " + v);
            return null;
        }
    }

    private static LocalDate date(List<String> row, String column, List<String> reasons) {
        String v = field(row, column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            reasons.add(column + ": not a date (YYYY-MM-DD): " + v);
            return null;
        }
    }

    private static void maxLength(List<String> reasons, List<String> row, String column, int max) {
        String v = field(row, column);
        if (v != null && v.length() > max) {
            reasons.add(column + ": longer than " + max + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The CSV column of a form field: {@code idNumber} → {@code id_number}. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase();
    }
}
