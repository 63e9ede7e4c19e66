package cn.zhishi.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.report.TwoConsecutiveMissingReportsMeansIncompetent.MonthOutcome;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRulesTest {

    final TwoConsecutiveMissingReportsMeansIncompetent twoMissing = new TwoConsecutiveMissingReportsMeansIncompetent();

    @Test
    void twoMissingMonthsAcrossTheYearBoundaryBindTheNewYearsGrade() {
        var finding = twoMissing.apply(YearMonth.of(2026, 1), MonthOutcome.MISSING, MonthOutcome.MISSING);
        assertThat(finding).isPresent();
        assertThat(finding.get().year()).isEqualTo(2026);
        assertThat(finding.get().evidence()).contains("2025-12").contains("2026-01");
    }

    @Test
    void aReportReturnedAsEmptyCountsLikeAMissingOne() {
        assertThat(twoMissing.apply(YearMonth.of(2026, 5), MonthOutcome.RETURNED_AS_EMPTY, MonthOutcome.MISSING)).isPresent();
    }

    @Test
    void anAcceptedReasonOrADeliveredReportBreaksTheRun() {
        assertThat(twoMissing.apply(YearMonth.of(2026, 5), MonthOutcome.EXCUSED, MonthOutcome.MISSING)).isEmpty();
        assertThat(twoMissing.apply(YearMonth.of(2026, 5), MonthOutcome.MISSING, MonthOutcome.DELIVERED)).isEmpty();
    }

    @Test
    void foundedFalsificationDoubleClaimOrCreditTakingMeansPublicCriticism() {
        var rule = new FoundedFalsificationMeansPublicCriticism();
        assertThat(rule.applies(ComplaintKind.DOUBLE_CLAIM, true)).isTrue();
        assertThat(rule.applies(ComplaintKind.CREDIT_TAKING, true)).isTrue();
        assertThat(rule.applies(ComplaintKind.FALSIFICATION, false)).isFalse();
        assertThat(rule.applies(ComplaintKind.OTHER, true)).isFalse();
    }

    @Test
    void theSameAchievementInOtherWordsIsFlaggedAndDifferentWorkIsNot() {
        assertThat(DoubleClaims.similarity("完成桃源村饮水安全工程建设，解决1200人饮水问题",
                "完成了桃源村饮水安全工程建设，解决1200人的饮水问题")).isGreaterThan(DoubleClaims.THRESHOLD);
        assertThat(DoubleClaims.similarity("完成桃源村饮水安全工程建设", "组织全乡森林防火应急演练")).isLessThan(0.2);
        var mine = new DoubleClaims.Claim(1, 10, "张三", "2026-03", "牵头完成桃源村饮水安全工程建设，解决1200人饮水问题");
        var other = new DoubleClaims.Claim(2, 11, "李四", "2026-03", "牵头完成桃源村饮水安全工程建设，解决1200人饮水难题");
        var lastMonth = new DoubleClaims.Claim(3, 10, "张三", "2026-02", "牵头完成桃源村饮水安全工程建设，解决1200人饮水问题");
        var warnings = DoubleClaims.find(List.of(mine), List.of(mine, other, lastMonth));
        assertThat(warnings).hasSize(2);
        assertThat(warnings).anyMatch(DoubleClaims.Warning::sameCadre).anyMatch(w -> !w.sameCadre());
    }
}
