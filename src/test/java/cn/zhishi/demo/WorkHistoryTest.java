package cn.zhishi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkHistoryTest {

    private static final CitySpec SPEC = new CitySpec(42, 2, 300, LocalDate.of(2026, 11, 21));

    @Test
    void theSameSpecGivesTheSameHistoryRecordForRecord() {
        List<CadreRecord> a = SyntheticCityGenerator.generate(SPEC).cadres().limit(50).toList();
        List<CadreRecord> b = SyntheticCityGenerator.generate(SPEC).cadres().limit(50).toList();
        for (int i = 0; i < a.size(); i++) {
            WorkHistory x = WorkHistory.of(SPEC, a.get(i));
            WorkHistory y = WorkHistory.of(SPEC, b.get(i));
            assertThat(x.grades()).isEqualTo(y.grades());
            assertThat(x.monthly()).isEqualTo(y.monthly());
            assertThat(x.notes()).isEqualTo(y.notes());
        }
    }

    @Test
    void everyRecordIsWithinTheHistoryAndUsesKnownCodes() {
        long records = 0;
        for (CadreRecord c : SyntheticCityGenerator.generate(SPEC).cadres().toList()) {
            WorkHistory h = WorkHistory.of(SPEC, c);
            assertThat(h.grades()).allSatisfy(g -> {
                assertThat(g.year()).isBetween(SPEC.historyFrom().getYear(), SPEC.today().getYear() - 1);
                assertThat(g.grade()).isIn("EXCELLENT", "COMPETENT", "BASIC", "INCOMPETENT", "NOT_GRADED");
            });
            assertThat(h.monthly()).allSatisfy(m -> {
                assertThat(m.month()).isBetween(YearMonth.from(SPEC.historyFrom()), YearMonth.from(SPEC.today()).minusMonths(1));
                assertThat(m.text()).isNotBlank().hasSizeLessThan(1000);
                assertThat(m.grade()).isIn("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR");
            });
            assertThat(h.monthly().stream().map(MonthlyRecord::month).distinct().count()).isEqualTo(h.monthly().size());
            assertThat(h.notes()).allSatisfy(n -> {
                assertThat(n.notedOn()).isBefore(SPEC.today());
                assertThat(n.kind()).isIn(Set.of("TALK", "VISIT", "INTERVIEW", "INSPECTION"));
                assertThat(n.text()).isNotBlank().hasSizeLessThan(2000);
            });
            records += h.grades().size() + h.monthly().size() + h.notes().size() + c.educations().size()
                    + c.resume().size() + c.family().size() + c.rewards().size() + c.sanctions().size()
                    + c.tags().size() + c.tenures().size() + 1;
        }
        // the city of the sources: 13.3 million records for 68,553 cadres, ≈ 194 each
        assertThat(records / 300.0).isBetween(170.0, 220.0);
    }
}
