package cn.zhishi.assessment.annual;

/**
 * One difference between two rulebook versions. {@code field} names the parameter as the form and the
 * API do ({@code weights[MONTHLY_REPORTS]}, {@code rules[ExcellentQuota].source} …); {@code label} is its
 * message key and {@code labelArg} the message key of the source, grade or rule it is about (or null);
 * {@code kind} says how to show the values.
 */
record RulebookChange(String field, String label, String labelArg, Kind kind, String before, String after) {

    public enum Kind {
        /** a plain number (weight, score threshold) */
        NUMBER,
        /** a whole percentage */
        PERCENT,
        /** a {@link QuotaRounding} name */
        ROUNDING,
        /** "true"/"false": the rule applies or not */
        ENABLED,
        /** free text */
        TEXT
    }
}
