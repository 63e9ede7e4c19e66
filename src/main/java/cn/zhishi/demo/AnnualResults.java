package cn.zhishi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Annual grades for the last {@link #YEARS} years of each generated cadre, derived from the seed and
 * the cadre's serial only (so the same city always has the same grades): about a fifth 优秀, a few
 * 基本称职, one in a hundred or so 不称职, 不定等次 in the first year of work. A cadre sanctioned in a
 * year is not 优秀 that year and is 基本称职 half the time.
 */
final class AnnualResults {

    static final int YEARS = 5;

    /** One year's grade: codes are the assessment module's grade names. */
    record GradeRecord(int year, String grade) {
    }

    private AnnualResults() {
    }

    static List<GradeRecord> of(CitySpec spec, CadreRecord c) {
        Rng r = Rng.of(spec.seed(), "annual-grades", c.serial());
        int lastYear = spec.today().getYear() - 1;
        List<GradeRecord> out = new ArrayList<>();
        for (int year = lastYear - YEARS + 1; year <= lastYear; year++) {
            LocalDate start = c.workStartDate();
            if (start != null && start.getYear() > year) {
                continue;
            }
            int y = year;
            boolean sanctioned = c.sanctions().stream().anyMatch(s -> s.decisionDate().getYear() == y);
            String grade;
            if (start != null && start.getYear() == year) {
                grade = "NOT_GRADED";
            } else if (sanctioned) {
                grade = r.chance(0.5) ? "BASIC" : "COMPETENT";
            } else {
                grade = switch (r.weighted(20, 74, 4.5, 1.5)) {
                    case 0 -> "EXCELLENT";
                    case 1 -> "COMPETENT";
                    case 2 -> "BASIC";
                    default -> "INCOMPETENT";
                };
            }
            out.add(new GradeRecord(year, grade));
        }
        return out;
    }
}
