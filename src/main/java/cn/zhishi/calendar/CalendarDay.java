package cn.zhishi.calendar;

import java.time.LocalDate;

/** One exception to the ordinary week: a holiday ({@code working = false}) or an adjusted working day. */
public record CalendarDay(LocalDate day, boolean working, String name, String source) {
}
