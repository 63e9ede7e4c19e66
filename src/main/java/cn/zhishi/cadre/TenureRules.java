package cn.zhishi.cadre;

import cn.zhishi.shared.Problems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Consistency of a tenure with the cadre and with the post's other tenures:
 * <ul>
 * <li>it ends on or after it starts, and does not start in the future;</li>
 * <li>it starts on or after the cadre's work-start date (or 16th birthday when that is unknown);</li>
 * <li>the same cadre does not hold the same post twice at once;</li>
 * <li>at no day does the post have more holders than it allows ({@code maxHolders}: a sole post
 *     allows no overlap, 副乡长 ×3 allows three at once).</li>
 * </ul>
 */
public final class TenureRules {

    private TenureRules() {
    }

    /**
     * @param others the post's other tenures (not the one being checked)
     */
    public static void check(DateRange candidate, long cadreId, LocalDate cadreBirthDate, LocalDate cadreWorkStart,
            int maxHolders, Collection<Tenure> others, LocalDate today, Problems p) {
        if (candidate.start() == null) {
            p.add("startDate", "validation.required");
            return;
        }
        if (candidate.end() != null && candidate.end().isBefore(candidate.start())) {
            p.add("endDate", "tenure.endBeforeStart");
            return;
        }
        if (candidate.start().isAfter(today)) {
            p.add("startDate", "validation.future");
        }
        LocalDate earliest = cadreWorkStart != null ? cadreWorkStart
                : cadreBirthDate == null ? null : cadreBirthDate.plusYears(16);
        if (earliest != null && candidate.start().isBefore(earliest)) {
            p.add("startDate", "tenure.beforeWorkStart", earliest.toString());
        }
        List<Tenure> overlapping = others.stream().filter(t -> t.range().overlaps(candidate)).toList();
        if (overlapping.stream().anyMatch(t -> t.getCadreId() == cadreId)) {
            p.add("startDate", "tenure.sameCadreTwice");
            return;
        }
        if (maxSimultaneous(candidate, overlapping) + 1 > maxHolders) {
            p.add("startDate", "tenure.postFull", maxHolders);
        }
    }

    /**
     * The largest number of the given tenures held on one day within {@code window}. Sweeps the
     * start and end events in date order, so it is exact for any number of tenures.
     */
    static int maxSimultaneous(DateRange window, List<Tenure> overlapping) {
        record Event(LocalDate day, int delta) {
        }
        List<Event> events = new ArrayList<>();
        for (Tenure t : overlapping) {
            LocalDate from = t.getStartDate().isBefore(window.start()) ? window.start() : t.getStartDate();
            events.add(new Event(from, +1));
            LocalDate to = t.getEndDate();
            if (to != null && (window.end() == null || !to.isAfter(window.end()))) {
                events.add(new Event(to.plusDays(1), -1));
            }
        }
        events.sort((a, b) -> a.day().equals(b.day()) ? Integer.compare(a.delta(), b.delta()) : a.day().compareTo(b.day()));
        int current = 0;
        int max = 0;
        for (Event e : events) {
            current += e.delta();
            max = Math.max(max, current);
        }
        return max;
    }
}
