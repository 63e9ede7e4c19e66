package cn.zhishi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic over the 2024 notice (国务院办公厅关于2024年部分节假日安排的通知). */
class WorkingDaysTest {

    static WorkingDays year2024() {
        Map<LocalDate, Boolean> m = new HashMap<>();
        for (LocalDate d = LocalDate.of(2024, 2, 10); !d.isAfter(LocalDate.of(2024, 2, 17)); d = d.plusDays(1)) {
            m.put(d, false); // 春节
        }
        m.put(LocalDate.of(2024, 2, 4), true);  // Sunday worked
        m.put(LocalDate.of(2024, 2, 18), true); // Sunday worked
        for (LocalDate d = LocalDate.of(2024, 10, 1); !d.isAfter(LocalDate.of(2024, 10, 7)); d = d.plusDays(1)) {
            m.put(d, false); // 国庆节
        }
        m.put(LocalDate.of(2024, 9, 29), true); // Sunday worked
        m.put(LocalDate.of(2024, 10, 12), true); // Saturday worked
        return new WorkingDays(m);
    }

    @Test
    void anAdjustedSundayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        WorkingDays w = year2024();
        assertThat(w.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(w.isWorkingDay(LocalDate.of(2024, 2, 14))).isFalse();
        assertThat(w.isWorkingDay(LocalDate.of(2024, 2, 24))).isFalse(); // ordinary Saturday
        assertThat(w.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
    }

    @Test
    void aPostingAcrossTheSpringFestivalSkipsTheHolidayAndCountsTheWorkedSunday() {
        // Thu 8, Fri 9, (10–17 holiday), Sun 18 worked, Mon 19 … Thu 22
        var window = year2024().window(LocalDate.of(2024, 2, 8), 7);
        assertThat(window.from()).isEqualTo(LocalDate.of(2024, 2, 8));
        assertThat(window.until()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(year2024().countBetween(window.from(), window.until())).isEqualTo(7);
    }

    @Test
    void aPostingAcrossNationalDayCountsTheWorkedSundayBeforeIt() {
        // Fri 27 Sep, Sun 29 worked, Mon 30, (1–7 Oct holiday), Tue 8 … Fri 11
        var window = year2024().window(LocalDate.of(2024, 9, 27), 7);
        assertThat(window.until()).isEqualTo(LocalDate.of(2024, 10, 11));
        assertThat(window.contains(LocalDate.of(2024, 10, 3))).isTrue();
        assertThat(window.contains(LocalDate.of(2024, 10, 12))).isFalse();
    }

    @Test
    void aPostingMadeOnAHolidayStartsOnTheNextWorkingDay() {
        // posted on 3 Oct (holiday): from Tue 8 Oct; 8,9,10,11, Sat 12 worked, 14, 15
        var window = year2024().window(LocalDate.of(2024, 10, 3), 7);
        assertThat(window.from()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(window.until()).isEqualTo(LocalDate.of(2024, 10, 15));
    }
}
