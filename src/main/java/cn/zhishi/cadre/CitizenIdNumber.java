package cn.zhishi.cadre;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-digit citizen identity number of GB 11643-1999: 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and a check character computed with ISO 7064
 * MOD 11-2. {@link #parse} never throws: it says what is wrong so the user can fix it.
 */
public final class CitizenIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;

    private CitizenIdNumber(String value) {
        this.value = value;
    }

    /** Why a text is not a valid ID number; each maps to a message key {@code cadre.idNumber.<name>}. */
    public enum Defect { FORMAT, BIRTH_DATE, CHECKSUM }

    public sealed interface Parsed permits Valid, Invalid {
    }

    public record Valid(CitizenIdNumber id) implements Parsed {
    }

    public record Invalid(Defect defect) implements Parsed {
    }

    public static Parsed parse(String text) {
        if (text == null) {
            return new Invalid(Defect.FORMAT);
        }
        String s = text.trim().toUpperCase();
        if (!s.matches("[1-9]\\d{16}[\\dX]")) {
            return new Invalid(Defect.FORMAT);
        }
        if (birthDateOf(s).isEmpty()) {
            return new Invalid(Defect.BIRTH_DATE);
        }
        if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
            return new Invalid(Defect.CHECKSUM);
        }
        return new Valid(new CitizenIdNumber(s));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String value() {
        return value;
    }

    private static Optional<LocalDate> birthDateOf(String s) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            return d.getYear() < 1900 ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CitizenIdNumber c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
