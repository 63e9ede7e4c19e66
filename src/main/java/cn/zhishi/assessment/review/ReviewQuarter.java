package cn.zhishi.assessment.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter (季度) that quarterly review results are posted for, e.g. 2026 Q1. */
public record ReviewQuarter(int year, int quarter) implements Comparable<ReviewQuarter> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-Q([1-4])");

    public ReviewQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static ReviewQuarter of(LocalDate day) {
        return new ReviewQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads {@link #label()}; empty for anything else. */
    public static Optional<ReviewQuarter> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label.trim());
        return m.matches() ? Optional.of(new ReviewQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public ReviewQuarter previous() {
        return quarter == 1 ? new ReviewQuarter(year - 1, 4) : new ReviewQuarter(year, quarter - 1);
    }

    /** {@code 2026-Q1}: the filter value on the board. */
    public String label() {
        return year + "-Q" + quarter;
    }

    @Override
    public int compareTo(ReviewQuarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }
}
