package cn.zhishi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic over a set of exceptions to the Monday–Friday week: public holidays
 * (not working) and adjusted working weekends (调休, working). Pure and immutable.
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> exceptions;

    public WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean override = exceptions.get(day);
        if (override != null) {
            return override;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The day itself if it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The {@code n}-th working day counting {@code first} as the first when it is a working day (n ≥ 1). */
    public LocalDate nthWorkingDayFrom(LocalDate first, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = onOrAfter(first);
        for (int i = 1; i < n; i++) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }

    /** Working days in [from, to], both inclusive. */
    public int countBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A posting window of {@code days} working days for something posted on {@code postedOn}: from the
     * posting day (or the next working day) to the last of those working days, both inclusive.
     */
    public Window window(LocalDate postedOn, int days) {
        LocalDate from = onOrAfter(postedOn);
        return new Window(from, nthWorkingDayFrom(from, days));
    }

    public record Window(LocalDate from, LocalDate until) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }
}
