package cn.zhishi.report;

import java.time.YearMonth;
import java.util.Optional;

/**
 * [001] 雷山县: "对连续两次未上报实绩或内容空洞、脱离实际且不能提供正当理由的，年度考核等次确定为不称职".
 * Two consecutive months each without a delivered report, or with a report returned as empty or
 * unrealistic, and no accepted reason for either → this year's grade must be 不称职. The year is that
 * of the second month, so December and January count together across the year boundary.
 */
public final class TwoConsecutiveMissingReportsMeansIncompetent {

    public static final String RULE = "TwoConsecutiveMissingReportsMeansIncompetent";
    public static final String SOURCE = "[001] 对连续两次未上报实绩或内容空洞、脱离实际且不能提供正当理由的，年度考核等次确定为不称职";

    /** What a cadre's month came to, once its due date has passed. */
    public enum MonthOutcome {
        DELIVERED, MISSING, RETURNED_AS_EMPTY, EXCUSED;

        boolean counts() {
            return this == MISSING || this == RETURNED_AS_EMPTY;
        }
    }

    public record Finding(int year, String evidence) {
    }

    public Optional<Finding> apply(YearMonth month, MonthOutcome previous, MonthOutcome current) {
        if (previous.counts() && current.counts()) {
            return Optional.of(new Finding(month.getYear(),
                    month.minusMonths(1) + ":" + previous + ", " + month + ":" + current));
        }
        return Optional.empty();
    }
}
