package cn.zhishi.demo;

import cn.zhishi.cadre.InfluencePeriod;
import cn.zhishi.cadre.TagPolarity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewards, sanctions and tags. Rewards follow the annual assessment: an 优秀 year brings a 嘉奖, three
 * in a row a 记三等功 (《公务员考核规定》第二十一条); no reward falls in a year touched by a sanction.
 * Sanctions are dated inside the current tenure, so nobody was promoted during an influence period.
 */
final class Honours {

    /** Who tagged: the system account that loaded the demo. */
    static final String TAGGED_BY = "system";

    private static final List<String> PRAISES = List.of("在%d年防汛抢险救灾工作中表现突出", "在%d年森林防灭火工作中表现突出",
            "在%d年度乡村振兴工作中成绩突出", "在%d年度招商引资工作中成绩突出");

    private Honours() {
    }

    /** One sanction within the current tenure; a recent one still runs its influence period today. */
    static SanctionRecord sanction(Rng r, Identities.Facts f, CareerSimulation.Person p, String county, LocalDate today,
            boolean recent) {
        LocalDate since = p.current().start.plusDays(60);
        LocalDate earliest = recent ? today.minusDays(150) : today.minusYears(4);
        LocalDate latest = today.minusDays(10);
        LocalDate from = since.isAfter(earliest) ? since : earliest;
        LocalDate day = r.dateBetween(from.isAfter(latest) ? latest : from, latest);
        List<SanctionKind> kinds = new ArrayList<>();
        for (SanctionKind k : SanctionKind.values()) {
            if (!k.partyMembersOnly || f.partyJoin() != null && f.partyJoin().isBefore(day)) {
                kinds.add(k);
            }
        }
        SanctionKind kind = r.pick(kinds);
        return new SanctionRecord(kind.name(), day, String.format(kind.issuer, county), r.pick(kind.reasons),
                InfluencePeriod.of(day, kind.influenceMonths).end());
    }

    static List<RewardRecord> rewards(Rng r, Identities.Facts f, int tier, String county, LocalDate today,
            LocalDate historyFrom, List<SanctionRecord> sanctions) {
        List<RewardRecord> out = new ArrayList<>();
        int run = 0;
        for (int year = Math.max(historyFrom.getYear() - 3, f.workStart().getYear() + 1); year < today.getYear(); year++) {
            LocalDate decided = LocalDate.of(year + 1, r.between(1, 3), r.between(5, 28));
            boolean excellent = r.chance(tier >= 1 ? 0.2 : 0.15) && !touched(sanctions, year) && !decided.isAfter(today);
            if (!excellent) {
                run = 0;
                continue;
            }
            out.add(new RewardRecord("COMMENDATION", year + "年度考核被确定为优秀等次，给予嘉奖", decided, county + "人民政府"));
            if (++run == 3) {
                out.add(new RewardRecord("MERIT_3", (year - 2) + "—" + year + "年度连续三年考核优秀，记三等功", decided,
                        county + "人民政府"));
                run = 0;
            }
        }
        if (r.chance(0.1)) {
            int year = r.between(Math.max(historyFrom.getYear(), f.workStart().getYear()), today.getYear() - 1);
            LocalDate day = LocalDate.of(year, r.between(6, 12), r.between(1, 28));
            if (!touched(sanctions, year) && !day.isAfter(today) && day.isAfter(f.workStart())) {
                out.add(new RewardRecord("PUBLIC_PRAISE", String.format(r.pick(PRAISES), year) + "，予以通报表扬", day,
                        "中共" + county + "委、" + county + "人民政府"));
            }
        }
        if (f.partyJoin() != null && r.chance(0.06)) {
            int year = r.between(Math.max(historyFrom.getYear(), f.partyJoin().getYear() + 1), today.getYear() - 1);
            LocalDate day = LocalDate.of(year, 6, 28);
            if (!touched(sanctions, year) && !day.isAfter(today) && day.isAfter(f.workStart())
                    && day.isAfter(f.partyJoin())) {
                out.add(new RewardRecord("HONOUR_TITLE", year + "年全县优秀共产党员", day, "中共" + county + "委"));
            }
        }
        out.sort(Comparator.comparing(RewardRecord::decisionDate));
        return out;
    }

    static List<TagRecord> tags(Rng r, Identities.Facts f, CareerSimulation.Person p, LocalDate today, boolean negative,
            SanctionRecord sanction) {
        List<TagRecord> out = new ArrayList<>();
        LocalDate earliest = today.minusYears(3).isAfter(f.workStart()) ? today.minusYears(3) : f.workStart();
        if (r.chance(0.25)) {
            List<String> labels = new ArrayList<>(List.of("敢于担当", "开拓创新", "急难险重表现突出", "懂经济善管理"));
            if (p.stints.stream().anyMatch(s -> s.slot.unit.unit().isTownship())) {
                labels.add("基层经验丰富");
            }
            for (String label : r.sample(labels, r.between(1, 2))) {
                LocalDate on = r.dateBetween(earliest, today.minusDays(1));
                out.add(new TagRecord(TagPolarity.POSITIVE, label, positiveReason(r, label, yearBefore(on)), on, TAGGED_BY));
            }
        }
        if (negative) {
            LocalDate on = r.dateBetween(earliest, today.minusDays(1));
            String[] t = r.pick(List.of(
                    new String[] {"慢作为", "群众反映办事拖沓，" + yearBefore(on) + "年季度评议中“一般”“差”等次较多"},
                    new String[] {"形式主义", "督查发现台账资料重留痕轻实效，基层负担较重"},
                    new String[] {"执行不力", "县委重点工作推进滞后，被县委督查室通报"},
                    new String[] {"纪律松弛", "作风建设专项检查中多次发现脱岗"}));
            out.add(new TagRecord(TagPolarity.NEGATIVE, t[0], t[1], on, TAGGED_BY));
        }
        if (sanction != null) {
            out.add(new TagRecord(TagPolarity.NEGATIVE, "纪律松弛", "因" + sanction.reason() + "受到处理",
                    sanction.decisionDate(), TAGGED_BY));
        }
        out.sort(Comparator.comparing(TagRecord::taggedOn));
        return out;
    }

    private static String positiveReason(Rng r, String label, int year) {
        return switch (label) {
            case "敢于担当" -> "在" + year + "年" + r.pick(List.of("防汛抢险", "森林防灭火", "信访积案化解", "重点项目征地拆迁"))
                    + "工作中主动请缨、冲锋在前";
            case "开拓创新" -> "推行“" + r.pick(List.of("网格化+积分制", "一窗通办", "院坝协商", "村集体经济合股联营"))
                    + "”工作法，经验做法在全县推广";
            case "急难险重表现突出" -> "在" + year + "年洪灾中连续奋战" + r.between(5, 15) + "个昼夜，转移群众"
                    + r.between(2, 30) * 10 + "余人";
            case "懂经济善管理" -> "牵头引进项目" + r.between(2, 9) + "个，到位资金" + tenths(r.between(5, 60)) + "亿元";
            default -> "长期在乡镇一线工作，熟悉农村工作和群众工作";
        };
    }

    /** The year a tag made on {@code day} looks back on: the past year early in the year, else this one. */
    private static int yearBefore(LocalDate day) {
        return day.getMonthValue() <= 3 ? day.getYear() - 1 : day.getYear();
    }

    private static String tenths(int n) {
        return n / 10 + "." + n % 10;
    }

    private static boolean touched(List<SanctionRecord> sanctions, int year) {
        return sanctions.stream().anyMatch(s -> s.decisionDate().getYear() <= year && s.influenceEndsOn().getYear() >= year);
    }
}
