package cn.zhishi.cadre;

import java.time.LocalDate;

/**
 * 影响期: the period a sanction or organisational handling bars promotion.
 * <p>Date convention, used everywhere: a period of N months <b>starts on the decision date</b> (day 1
 * of the period) and <b>ends on the day before the same day-of-month N months later</b>, both ends
 * inclusive. When that day-of-month does not exist in the final month (31 August + 6 months), the
 * period ends on the last day of that month (28 or 29 February). A cadre is in the period on every
 * day from {@code start} to {@code end}; on {@code end + 1} they are out of it.
 */
public record InfluencePeriod(LocalDate start, LocalDate end) {

    public static InfluencePeriod of(LocalDate decisionDate, int months) {
        if (months <= 0) {
            return new InfluencePeriod(decisionDate, decisionDate.minusDays(1));
        }
        LocalDate sameDayLater = decisionDate.plusMonths(months);
        boolean clamped = sameDayLater.getDayOfMonth() < decisionDate.getDayOfMonth();
        return new InfluencePeriod(decisionDate, clamped ? sameDayLater : sameDayLater.minusDays(1));
    }

    public boolean isEmpty() {
        return end.isBefore(start);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
