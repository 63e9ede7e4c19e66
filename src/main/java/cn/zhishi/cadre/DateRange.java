package cn.zhishi.cadre;

import java.time.LocalDate;

/** An inclusive range of days; a null end means "still running". */
public record DateRange(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean overlaps(DateRange o) {
        return (end == null || !o.start.isAfter(end)) && (o.end == null || !start.isAfter(o.end));
    }
}
