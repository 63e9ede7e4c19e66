package cn.zhishi.demo;

import cn.zhishi.calendar.WorkingDays;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * The demo county's recent monthly reports (月报告), deterministic from the seed: three months back
 * mostly archived (a few late, a few missing), last month partly on the public board now and partly
 * still with the unit, the current month in draft, submitted or returned; plus one founded and one
 * unfounded complaint, an overdue supervised task with its yellow card and an open one.
 * <p>One instance per load: it remembers which reports the complaints and tasks go to.
 */
final class ReportHistory {

    /** Months before the current one that get reports. */
    static final int MONTHS_BACK = 3;
    private static final int POSTING_DAYS = 7;
    private static final String REVIEWER = "reviewer";
    private static final List<String> TOPICS = List.of("乡村振兴", "安全生产", "环境整治", "信访维稳", "招商引资",
            "党建工作", "防汛抗旱", "项目建设", "民生实事", "森林防火");
    private static final List<String> ACTIONS = List.of("牵头推进", "具体负责", "协调落实", "督促指导", "组织开展");
    private static final List<String> DONE = List.of("完成月度目标任务", "按期完成阶段任务", "完成入户走访", "完成问题整改",
            "超额完成计划进度", "推进过半，下月续办");
    private static final List<String> APPRAISALS = List.of("本月按计划完成各项工作，个别事项仍需加快进度。",
            "工作扎实，群众反映较好。", "完成了主要任务，下月重点补齐短板。", "任务较重，整体推进有序。");
    private static final String[] GRADES = {"GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"};

    private final CitySpec spec;
    private final WorkingDays days;
    private final RowSink rows;
    private final OffsetDateTime now;
    private final YearMonth current;
    private long unfoundedDone;
    private long foundedDone;
    private int tasks;

    ReportHistory(CitySpec spec, WorkingDays days, RowSink rows, OffsetDateTime now) {
        this.spec = spec;
        this.days = days;
        this.rows = rows;
        this.now = now;
        this.current = YearMonth.from(spec.today());
    }

    static LocalDate dueDate(YearMonth m) {
        return m.atDay(Math.min(30, m.lengthOfMonth()));
    }

    /** The reports (and any complaint, task or card) of one cadre. */
    void add(CadreRecord c, long cadreId, long unitId) {
        Rng rng = Rng.of(spec.seed(), "monthly-report", c.serial());
        for (int back = MONTHS_BACK; back >= 0; back--) {
            YearMonth m = current.minusMonths(back);
            Rng r = rng.child(back);
            String status = status(back, r);
            if (status != null) {
                report(c, cadreId, unitId, m, status, r);
            }
        }
        if (tasks < 1 && c.serial() % 17 == 5) {
            task(c, cadreId, unitId);
        }
    }

    private String status(int back, Rng r) {
        if (back == 0) {
            return new String[] {"DRAFT", "SUBMITTED", "RETURNED", null}[r.weighted(0.5, 0.25, 0.08, 0.17)];
        }
        if (r.chance(0.04)) {
            return null; // missing
        }
        if (back == 1) {
            return new String[] {"POSTED", "ARCHIVED", "SIGNED", "REVIEWED", "SUBMITTED"}[r.weighted(0.45, 0.35, 0.08, 0.07, 0.05)];
        }
        return "ARCHIVED";
    }

    private void report(CadreRecord c, long cadreId, long unitId, YearMonth m, String status, Rng r) {
        LocalDate due = dueDate(m);
        boolean late = !"DRAFT".equals(status) && r.chance(0.07);
        LocalDate submittedOn = late ? due.plusDays(r.between(1, 4)) : due.minusDays(r.between(0, 5));
        if (submittedOn.isAfter(spec.today())) {
            submittedOn = spec.today();
            late = false;
        }
        String selfGrade = GRADES[r.weighted(0.35, 0.45, 0.17, 0.03)];
        String reviewGrade = r.chance(0.8) ? selfGrade : GRADES[r.weighted(0.2, 0.45, 0.3, 0.05)];
        boolean submitted = !"DRAFT".equals(status);
        boolean reviewed = List.of("REVIEWED", "SIGNED", "POSTED", "ARCHIVED").contains(status);
        boolean signed = List.of("SIGNED", "POSTED", "ARCHIVED").contains(status);
        WorkingDays.Window window = null;
        if ("POSTED".equals(status)) {
            window = days.window(spec.today().minusDays(r.between(0, 3)), POSTING_DAYS);
        } else if ("ARCHIVED".equals(status)) {
            window = days.window(due.plusDays(r.between(3, 6)), POSTING_DAYS);
            if (!window.until().isBefore(spec.today())) {
                window = days.window(spec.today().minusDays(20), POSTING_DAYS);
            }
        }
        boolean founded = "ARCHIVED".equals(status) && foundedDone == 0 && m.equals(current.minusMonths(2));
        OffsetDateTime at = time(submittedOn);
        OffsetDateTime reviewedAt = time(submittedOn.plusDays(1));
        long id = rows.add(DemoTable.REPORT, 0, cadreId, unitId, m.getYear(), m.getMonthValue(), status, due,
                submitted ? selfGrade : null, submitted || r.chance(0.5) ? r.pick(APPRAISALS) : null,
                submitted ? at : null, late, "RETURNED".equals(status) ? "事项表述过于笼统，请补充具体成效和佐证材料。" : null,
                false, reviewed ? Boolean.TRUE : null, reviewed ? reviewGrade : null, reviewed ? "经核实属实。" : null,
                reviewed ? REVIEWER : null, reviewed ? reviewedAt : null, signed ? REVIEWER : null,
                signed ? reviewedAt : null, window == null ? null : window.from(), window == null ? null : window.until(),
                "ARCHIVED".equals(status) ? time(window.until().plusDays(1)) : null, founded,
                founded ? "更正：第1项工作本人为参与者，非牵头人。" : null, at, at);
        int items = r.between(2, 4);
        for (int i = 1; i <= items; i++) {
            String topic = r.pick(TOPICS);
            String completion = new String[] {"DONE", "IN_PROGRESS", "NOT_DONE"}[r.weighted(0.7, 0.25, 0.05)];
            rows.add(DemoTable.REPORT_ITEM, id, i, i == items && r.chance(0.4) ? "ADHOC" : "PLANNED",
                    r.pick(ACTIONS) + topic + "工作", topic + "：" + r.pick(DONE) + "（" + m.getMonthValue() + "月）",
                    completion, null);
        }
        if ("POSTED".equals(status) && unfoundedDone == 0) {
            unfoundedDone = complaint(id, "OTHER", "反映该干部所报入户走访次数与实际不符。", "UNFOUNDED",
                    "经与纪检监察室共同核查走访台账，所报属实。", null);
        } else if (founded) {
            foundedDone = complaint(id, "DOUBLE_CLAIM", "该项目成效已由同单位其他同志在同月报告中填报。", "FOUNDED",
                    "经核查，该事项系他人牵头完成，本人仅为参与。", "责令更正月报告，并在单位内部作出说明。");
            rows.add(DemoTable.CRITICISM, cadreId, unitId, id, foundedDone,
                    "FoundedFalsificationMeansPublicCriticism",
                    "[001] 对一绩多用、弄虚作假、争功诿过的，对单位及其本人给予全县通报批评",
                    "投诉查实：一绩多用", now);
        }
    }

    private long complaint(long reportId, String kind, String body, String status, String findings,
            String accountability) {
        LocalDate received = spec.today().minusDays(1 + (foundedDone == 0 && "FOUNDED".equals(status) ? 30 : 0));
        return rows.add(DemoTable.COMPLAINT, 0, reportId, digest("demo-complaint-" + spec.seed() + "-" + status), true,
                null, null, kind, body, status, "kaohe", "县纪委监委派驻纪检监察组", findings, accountability, received,
                received.plusDays(1).isAfter(spec.today()) ? spec.today() : received.plusDays(1));
    }

    private void task(CadreRecord c, long cadreId, long unitId) {
        tasks++;
        boolean overdue = tasks == 1;
        LocalDate deadline = overdue ? spec.today().minusDays(10) : spec.today().plusDays(20);
        String title = overdue ? "完成辖区危房改造排查并报送台账" : "完成年度森林防火隐患排查整治";
        long id = rows.add(DemoTable.TASK, 0, unitId, cadreId, title, deadline, null, overdue, "kaohe",
                time(spec.today().minusDays(40)));
        if (overdue) {
            rows.add(DemoTable.CARD, cadreId, deadline.plusDays(1).getYear(), "YELLOW",
                    "逾期未完成督办事项：" + title + "（时限 " + deadline + "）", id, deadline.plusDays(1), now);
        }
    }

    private static OffsetDateTime time(LocalDate day) {
        return day.atTime(17, 30).atOffset(ZoneOffset.ofHours(8));
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
