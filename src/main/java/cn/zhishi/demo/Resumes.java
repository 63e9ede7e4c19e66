package cn.zhishi.demo;

import cn.zhishi.cadre.StudyMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The résumé (简历) as a 干部任免审批表 would print it: full-time study, the jobs held before the first
 * post in the registry (one tier below another, up to the first post's tier), then one line per
 * tenure — a deputy's line says what they were in charge of (分管).
 */
final class Resumes {

    /**
     * Earlier jobs by career group, on a ladder: clerk, section head (股长), deputy (副科), head (正科).
     * {县} is a county, {乡} a township of it, {乡长} its head's title.
     */
    private static final Map<String, List<List<String>>> EARLIER_JOBS = Map.of(
            "gov", List.of(
                    List.of("{乡}党政办科员", "{县}人民政府办公室科员", "{县}财政局科员", "{县}农业农村局科员", "{乡}经济发展办公室科员"),
                    List.of("{乡}党政办主任", "{县}财政局预算股股长", "{县}农业农村局办公室主任", "{乡}财政所所长"),
                    List.of("{乡}副{乡长}", "{县}发展和改革局副局长", "{县}住房和城乡建设局副局长", "{乡}党委委员、组织委员"),
                    List.of("{乡}{乡长}", "{县}商务局局长", "{县}统计局局长")),
            "medical", List.of(
                    List.of("{县}人民医院医师", "{县}中医院医师", "{乡}卫生院医师"),
                    List.of("{县}人民医院内科主任", "{县}中医院医务科科长"),
                    List.of("{乡}卫生院院长", "{县}妇幼保健院副院长"),
                    List.of("{县}妇幼保健院院长")),
            "education", List.of(
                    List.of("{乡}中学教师", "{县}第一中学教师", "{县}民族中学教师"),
                    List.of("{县}民族中学教务处主任", "{乡}中学年级组长"),
                    List.of("{乡}中学副校长", "{县}民族中学副校长"),
                    List.of("{乡}中学校长")),
            "institution", List.of(
                    List.of("{县}农业技术推广中心技术员", "{县}融媒体中心记者", "{县}社会保险事业中心工作人员"),
                    List.of("{县}档案馆业务科科长", "{县}农业技术推广中心植保站站长"),
                    List.of("{县}档案馆副馆长", "{县}林业调查规划队副队长"),
                    List.of("{县}档案馆馆长")),
            "enterprise", List.of(
                    List.of("{县}城市建设投资集团有限公司职员", "云岭市建设工程有限公司技术员"),
                    List.of("{县}城市建设投资集团有限公司工程部经理", "{县}交通旅游投资开发有限公司融资部经理"),
                    List.of("{县}交通旅游投资开发有限公司副总经理"),
                    List.of("{县}农业投资发展有限公司总经理")));
    private static final List<String> TOWNSHIPS = List.of("桃源乡", "白沙镇", "龙潭镇", "清水乡", "红岩镇", "永安乡",
            "新田镇", "双河乡");
    private static final List<String> GRASSROOTS = List.of("{乡}{村}村党支部书记助理（大学生村官）",
            "参加“三支一扶”计划，在{乡}农业服务中心服务", "参加大学生志愿服务西部计划，在{乡}人民政府服务");
    private static final List<String> FIRST_JOBS = List.of("{县}农村信用合作联社职员", "{乡}人民政府聘用人员",
            "{县}第一中学代课教师", "云岭市某建筑公司技术员", "{县}供电局职员");

    private Resumes() {
    }

    static List<ResumeRecord> of(Rng r, CareerSimulation.Person p, Identities.Facts f, CountyPlan county) {
        List<ResumeRecord> out = new ArrayList<>();
        for (EducationRecord e : f.educations()) {
            if (e.studyMode() == StudyMode.FULL_TIME) {
                out.add(new ResumeRecord(e.startDate(), e.endDate().minusDays(1), e.school() + e.major()
                        + ("14".equals(e.educationLevel()) ? "专业硕士研究生学习" : "专业学习")));
            }
        }
        earlierJobs(r, p, f, county, out);
        for (CareerSimulation.Stint s : p.stints) {
            out.add(new ResumeRecord(s.start, s.end, line(r, s)));
        }
        return out;
    }

    private static void earlierJobs(Rng r, CareerSimulation.Person p, Identities.Facts f, CountyPlan county,
            List<ResumeRecord> out) {
        LocalDate from = f.workStart();
        LocalDate until = p.entryDate;
        long days = ChronoUnit.DAYS.between(from, until);
        if (days < 60) {
            return;
        }
        String place = p.entry == CareerSimulation.Entry.OUTSIDER ? elsewhere(r, county) : county.name();
        if (p.entry == CareerSimulation.Entry.RECRUIT) {
            String text = f.grassrootsService() ? r.pick(GRASSROOTS) : r.pick(FIRST_JOBS);
            out.add(new ResumeRecord(from, until.minusDays(1), fill(r, text, place)));
            return;
        }
        // Long spans become several jobs (about one every six years) climbing the ladder to the rung
        // just below the first post (a 股长 before a 副乡长); short spans keep only the highest rungs.
        List<List<String>> jobs = EARLIER_JOBS.getOrDefault(p.stints.get(0).slot.group(), EARLIER_JOBS.get("gov"));
        int highest = Math.min(p.entryTier, jobs.size() - 1);
        int count = (int) Math.max(1, Math.min(Math.min(4, days / 540), Math.max(highest + 1, days / (6 * 365) + 1)));
        LocalDate start = from;
        String previous = null;
        for (int i = 0; i < count; i++) {
            int tier = count <= highest ? highest - count + 1 + i : i * (highest + 1) / count;
            LocalDate end;
            if (i == count - 1) {
                end = until.minusDays(1);
            } else {
                long share = days * (i + 1) / count;
                end = from.plusDays(share + r.between((int) (-share / 8 / (i + 1)), (int) (share / 8 / (i + 1))));
                if (!end.isAfter(start)) {
                    end = start.plusDays(30);
                }
            }
            String job = r.pick(jobs.get(tier));
            if (job.equals(previous)) {
                job = r.pick(jobs.get(tier));
            }
            previous = job;
            out.add(new ResumeRecord(start, end, fill(r, job, place)));
            start = end.plusDays(1);
        }
    }

    /** One tenure: unit and title, and for a deputy (副乡长, 副局长 …) the two areas in charge. */
    private static String line(Rng r, CareerSimulation.Stint s) {
        PlannedUnit u = s.slot.unit;
        String title = s.slot.post.title();
        String text = u.fullName() + title.replaceAll("（.*）$", "");
        if (title.startsWith("副") && s.slot.post.teamRole() != null) {
            List<String> duties = r.sample(u.blueprint().duties(), 2);
            text += "，分管" + duties.get(0) + "和" + duties.get(1) + "工作";
        }
        return text;
    }

    /** Someone appointed from outside came from another county of the city. */
    private static String elsewhere(Rng r, CountyPlan county) {
        List<String> counties = UnitCatalogue.COUNTIES;
        String other = r.pick(counties);
        if (other.equals(county.name())) {
            other = counties.get((county.index() + 1) % counties.size());
        }
        return UnitCatalogue.CITY + other;
    }

    private static String fill(Rng r, String template, String county) {
        String township = r.pick(TOWNSHIPS);
        return template.replace("{乡长}", township.substring(township.length() - 1) + "长")
                .replace("{乡}", county + township)
                .replace("{村}", r.pick(List.of("新寨", "高坪", "岩口", "大湾", "河坝", "松树")))
                .replace("{县}", county);
    }
}
