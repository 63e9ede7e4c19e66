package cn.zhishi.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a cadre's work that the registry itself does not hold but a city's old systems do:
 * yearly grades, one archived monthly performance-report record per month worked in the ten years of
 * history, and talk and visit notes. Drawn from its own seeded stream per cadre (seed, serial), so it
 * is deterministic and independent of the order cadres are generated or read in.
 * <p>At the default city size (68,553 cadres) these bring the city to about 13.3 million records.
 */
public final class WorkHistory {

    /** Talk and visit notes per cadre per year, on average. */
    static final double NOTES_PER_YEAR = 5.0;

    private static final List<String> TOPICS = List.of("招商引资", "乡村振兴", "经济管理", "党建工作", "安全生产",
            "信访维稳", "脱贫攻坚成果巩固", "重点项目建设", "人居环境整治", "防汛抗旱", "森林防火", "营商环境优化",
            "基层治理", "产业发展", "耕地保护", "财政预算管理", "民生实事", "生态环境保护", "疫情防控", "教育教学管理",
            "医疗服务质量", "国有资产管理", "审批服务改革", "文明城市创建");
    private static final List<String> ACTIONS = List.of("牵头推进", "具体负责", "协调落实", "督促指导", "组织开展",
            "统筹谋划");
    private static final List<String> RESULTS = List.of("完成月度目标任务", "超额完成计划进度", "按期完成阶段任务",
            "解决群众反映问题{n}件", "推动签约项目{n}个", "走访农户{n}户", "排查整改隐患{n}处", "化解矛盾纠纷{n}起",
            "完成投资{n}万元", "开展专题培训{n}场");
    private static final List<String> EXTRAS = List.of("工作成效得到分管领导肯定。", "群众满意度较高。",
            "存在进度偏慢的问题，已制定整改措施。", "资料台账规范完整。", "配合完成临时交办任务。",
            "在全县会议上作经验交流。", "下步将继续加大工作力度。");
    private static final List<String> NOTE_KINDS = List.of("TALK", "VISIT", "INTERVIEW", "INSPECTION");
    private static final List<String> NOTE_TEXTS = List.of(
            "谈心谈话：本人思想稳定，对{t}工作有思路，表示将进一步提高工作标准。",
            "走访了解：所在单位同事反映其工作认真负责，在{t}中敢于担当，作风扎实。",
            "约谈提醒：针对{t}推进较慢的问题进行提醒，本人表示认真整改并按期报告。",
            "考察谈话：群众评价较好，熟悉{t}业务，建议进一步压担子、多岗位锻炼。",
            "家访记录：家庭和睦，配偶支持工作，本人在{t}方面的压力较大，已予以关心。",
            "谈心谈话：交流了{t}中遇到的困难，组织上予以指导，本人精神状态良好。");
    private static final List<String> AUTHORS = List.of("县委组织部干部科", "县委组织部考核办", "单位党委（党组）书记",
            "分管县领导", "县纪委监委派驻纪检组", "乡镇党委书记");

    private final List<YearlyGradeRecord> grades;
    private final List<MonthlyRecord> monthly;
    private final List<TalkNoteRecord> notes;

    private WorkHistory(List<YearlyGradeRecord> grades, List<MonthlyRecord> monthly, List<TalkNoteRecord> notes) {
        this.grades = List.copyOf(grades);
        this.monthly = List.copyOf(monthly);
        this.notes = List.copyOf(notes);
    }

    public List<YearlyGradeRecord> grades() {
        return grades;
    }

    public List<MonthlyRecord> monthly() {
        return monthly;
    }

    public List<TalkNoteRecord> notes() {
        return notes;
    }

    /** The work history of one cadre of the city {@code spec} describes. */
    public static WorkHistory of(CitySpec spec, CadreRecord cadre) {
        Rng r = Rng.of(spec.seed(), "work-history", cadre.serial());
        LocalDate today = spec.today();
        LocalDate from = spec.historyFrom();
        LocalDate started = cadre.workStartDate() == null || cadre.workStartDate().isBefore(from) ? from
                : cadre.workStartDate();
        // A cadre's own leaning: some are steadily strong, a few weak.
        double strength = r.unit();
        List<String> ownTopics = r.sample(TOPICS, 4);

        // the yearly grades are the registry's (annual_grade): one generator for them, AnnualResults
        List<YearlyGradeRecord> grades = AnnualResults.of(spec, cadre).stream()
                .map(g -> new YearlyGradeRecord(g.year(), g.grade())).toList();

        List<MonthlyRecord> monthly = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (YearMonth m = YearMonth.from(started); !m.isAfter(last); m = m.plusMonths(1)) {
            String topic = r.chance(0.7) ? r.pick(ownTopics) : r.pick(TOPICS);
            String text = m.getMonthValue() + "月，" + r.pick(ACTIONS) + topic + "工作，"
                    + r.pick(RESULTS).replace("{n}", Integer.toString(r.between(2, 60))) + "；"
                    + r.pick(ACTIONS) + r.pick(TOPICS) + "，" + r.pick(EXTRAS);
            int g = r.weighted(0.2 + 0.4 * strength, 0.5, 0.25 - 0.2 * strength, 0.03);
            monthly.add(new MonthlyRecord(m, text, List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR").get(g)));
        }

        List<TalkNoteRecord> notes = new ArrayList<>();
        long days = java.time.temporal.ChronoUnit.DAYS.between(started, today);
        int count = (int) Math.round(days / 365.25 * NOTES_PER_YEAR * (0.7 + 0.6 * r.unit()));
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(r.dateBetween(started, today.minusDays(1)));
        }
        dates.sort(null);
        for (LocalDate d : dates) {
            int k = r.between(0, NOTE_TEXTS.size() - 1);
            String topic = r.chance(0.7) ? r.pick(ownTopics) : r.pick(TOPICS);
            notes.add(new TalkNoteRecord(d, NOTE_KINDS.get(k % NOTE_KINDS.size()), r.pick(AUTHORS),
                    NOTE_TEXTS.get(k).replace("{t}", topic)));
        }
        return new WorkHistory(grades, monthly, notes);
    }
}
