package cn.zhishi.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.shared.Problems;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);
    private static final LocalDate WORK = LocalDate.of(2002, 7, 1);

    private static Tenure tenure(long cadreId, String start, String end) {
        TenureForm f = new TenureForm();
        f.setPostId(7L);
        f.setStartDate(LocalDate.parse(start));
        f.setEndDate(end == null ? null : LocalDate.parse(end));
        return new Tenure(cadreId, f);
    }

    private static List<String> check(String start, String end, int maxHolders, List<Tenure> others) {
        Problems p = new Problems();
        TenureRules.check(new DateRange(LocalDate.parse(start), end == null ? null : LocalDate.parse(end)), 1L, BIRTH,
                WORK, maxHolders, others, TODAY, p);
        return p.list().stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    @Test
    void aTenureCannotEndBeforeItStarts() {
        assertThat(check("2020-01-10", "2020-01-09", 1, List.of())).containsExactly("endDate:tenure.endBeforeStart");
    }

    @Test
    void aOneDayTenureEndingOnItsStartDayIsFine() {
        assertThat(check("2020-01-10", "2020-01-10", 1, List.of())).isEmpty();
    }

    @Test
    void aSolePostCannotHaveTwoHoldersOnTheSameDay() {
        List<Tenure> others = List.of(tenure(2, "2018-01-01", "2020-01-10"));
        assertThat(check("2020-01-10", null, 1, others)).containsExactly("startDate:tenure.postFull");
    }

    @Test
    void aSuccessorMayStartTheDayAfterThePredecessorsLastDay() {
        List<Tenure> others = List.of(tenure(2, "2018-01-01", "2020-01-10"));
        assertThat(check("2020-01-11", null, 1, others)).isEmpty();
    }

    @Test
    void aPostForThreeAllowsThreeOverlappingHoldersButNotFour() {
        List<Tenure> two = List.of(tenure(2, "2018-01-01", null), tenure(3, "2019-01-01", null));
        assertThat(check("2020-01-01", null, 3, two)).isEmpty();
        List<Tenure> three = List.of(tenure(2, "2018-01-01", null), tenure(3, "2019-01-01", null), tenure(4, "2019-06-01", null));
        assertThat(check("2020-01-01", null, 3, three)).containsExactly("startDate:tenure.postFull");
    }

    @Test
    void holdersThatNeverOverlapEachOtherDoNotAddUp() {
        // two past holders in sequence, each overlapping the new tenure, but never at the same time
        List<Tenure> others = List.of(tenure(2, "2018-01-01", "2018-12-31"), tenure(3, "2019-01-01", "2019-12-31"));
        assertThat(check("2018-06-01", "2019-06-01", 2, others)).isEmpty();
        assertThat(TenureRules.maxSimultaneous(new DateRange(LocalDate.parse("2018-06-01"), LocalDate.parse("2019-06-01")), others))
                .isEqualTo(1);
    }

    @Test
    void theSameCadreCannotHoldTheSamePostTwiceAtOnce() {
        List<Tenure> others = List.of(tenure(1, "2018-01-01", null));
        assertThat(check("2020-01-01", null, 3, others)).containsExactly("startDate:tenure.sameCadreTwice");
    }

    @Test
    void aTenureCannotStartBeforeTheCadreStartedWork() {
        assertThat(check("2002-06-30", null, 1, List.of())).containsExactly("startDate:tenure.beforeWorkStart");
    }

    @Test
    void aTenureCannotStartInTheFuture() {
        assertThat(check("2026-11-22", null, 1, List.of())).containsExactly("startDate:validation.future");
    }
}
