package cn.zhishi.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dueDay             the day of the month a report is due (the month's last day when shorter); 30 by [001]
 * @param postingWorkingDays the length of the public posting (公示) in working days; 7 by [001]
 */
@ConfigurationProperties("zhishi.reports")
public record ReportSettings(Integer dueDay, Integer postingWorkingDays) {

    public ReportSettings {
        dueDay = dueDay == null ? 30 : dueDay;
        postingWorkingDays = postingWorkingDays == null ? 7 : postingWorkingDays;
    }
}
