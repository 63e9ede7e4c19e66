package cn.zhishi.demo;

import cn.zhishi.org.TeamRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ten years of appointments in one county, month by month. Every place in a post (a slot: 副乡长 ×3
 * has three) holds one person at a time, so no post ever has more holders than it allows and nobody
 * holds two posts at once. Holders leave (promoted out of the county, retired) at a rate that rises
 * with rank; each vacancy is filled after a few weeks by a promotion from one tier below, a transfer
 * at the same tier, or someone new — which opens the next vacancy down the chain (空缺链). Now and
 * then two holders of the same tier in different units swap places (干部交流, 轮岗).
 * People who left are not in the registry, so the result is the county's serving cadres, exactly
 * {@code slots − deliberate vacancies} of them, each with the stints that make up their career.
 */
final class CareerSimulation {

    enum Entry { INITIAL, RECRUIT, OUTSIDER }

    /** One place in a post. */
    static final class Slot {
        final PlannedUnit unit;
        final PostRecord post;
        final int tier;
        Person holder;
        LocalDate refillOn;
        LocalDate leaveOn;
        boolean deliberate;

        Slot(PlannedUnit unit, PostRecord post, int tier) {
            this.unit = unit;
            this.post = post;
            this.tier = tier;
        }

        String group() {
            return unit.blueprint().careerGroup();
        }
    }

    /** A person's time in one slot; {@code end} stays null while they hold it. */
    static final class Stint {
        final Slot slot;
        final LocalDate start;
        LocalDate end;

        Stint(Slot slot, LocalDate start) {
            this.slot = slot;
            this.start = start;
        }
    }

    static final class Person {
        final Entry entry;
        final int entryTier;
        final LocalDate entryDate;
        final List<Stint> stints = new ArrayList<>();
        Slot slot;

        Person(Entry entry, int entryTier, LocalDate entryDate) {
            this.entry = entry;
            this.entryTier = entryTier;
            this.entryDate = entryDate;
        }

        Stint current() {
            return stints.get(stints.size() - 1);
        }
    }

    /** Chance per month that a holder leaves the county's registry, by tier (staff … 副处). */
    private static final double[] LEAVES = {1.0 / 300, 1.0 / 240, 1.0 / 72, 1.0 / 48};
    /** Chance per month that a holder is rotated to a place of the same tier in another unit. */
    private static final double[] ROTATES = {1.0 / 480, 1.0 / 120, 1.0 / 100, 1.0 / 200};
    /** How a vacancy is filled, by tier: promotion from below, transfer at the same tier, else someone new. */
    private static final double[] PROMOTION = {0, 0.6, 0.65, 0.7};
    private static final double[] TRANSFER = {0.3, 0.25, 0.25, 0.1};
    /** A single-holder staff post (股长, 办公室主任) usually goes to a clerk who has served a while. */
    private static final double LEAD_FROM_CLERKS = 0.7;
    /** Years in post before a promotion (《党政领导干部选拔任用工作条例》第九条 asks for two) or a transfer. */
    private static final int MONTHS_BEFORE_PROMOTION = 24;
    private static final int MONTHS_BEFORE_TRANSFER = 36;
    private static final int[] YEARS_IN_POST_BEFORE_HISTORY = {12, 6, 5, 4};

    private final CountyPlan county;
    private final LocalDate from;
    private final LocalDate today;
    private final Rng rng;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, List<List<Slot>>> byGroupAndTier = new HashMap<>();
    private List<Slot> vacant = new ArrayList<>();

    CareerSimulation(CountyPlan county, LocalDate from, LocalDate today, Rng rng) {
        this.county = county;
        this.from = from;
        this.today = today;
        this.rng = rng;
    }

    /** The serving cadres in slot order (unit, post, place), each holding exactly one slot today. */
    List<Person> run() {
        for (PlannedUnit u : county.units()) {
            for (PostRecord p : u.teamPosts()) {
                addSlots(u, p);
            }
            for (PostRecord p : u.staffPosts()) {
                addSlots(u, p);
            }
        }
        chooseDeliberateVacancies();
        for (Slot s : slots) {
            LocalDate start = rng.dateBetween(from.minusYears(YEARS_IN_POST_BEFORE_HISTORY[s.tier]), from.minusDays(30));
            occupy(s, new Person(Entry.INITIAL, s.tier, start), start);
        }
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth();
            for (Slot s : slots) {
                if (s.holder == null) {
                    continue;
                }
                if (s.deliberate) {
                    if (!s.leaveOn.isAfter(last)) {
                        leave(s, s.leaveOn);
                    }
                } else if (!s.holder.current().start.isAfter(first.minusMonths(12)) && rng.chance(LEAVES[s.tier])) {
                    leave(s, rng.dateBetween(first, last));
                } else if (rng.chance(ROTATES[s.tier])) {
                    rotate(s, rng.dateBetween(first, last));
                }
            }
            fillDue(last);
        }
        for (Slot s : vacant) {
            LocalDate day = s.refillOn.isAfter(today) ? today : s.refillOn;
            occupy(s, new Person(s.tier == 0 ? Entry.RECRUIT : Entry.OUTSIDER, s.tier, day), day);
        }
        vacant = List.of();
        List<Person> serving = new ArrayList<>();
        for (Slot s : slots) {
            if (s.holder != null) {
                serving.add(s.holder);
            }
        }
        return serving;
    }

    private void addSlots(PlannedUnit u, PostRecord p) {
        int tier = PostBlueprint.tierOf(p.postLevel());
        List<List<Slot>> tiers = byGroupAndTier.computeIfAbsent(u.blueprint().careerGroup(), g -> {
            List<List<Slot>> t = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                t.add(new ArrayList<>());
            }
            return t;
        });
        for (int i = 0; i < p.maxHolders(); i++) {
            Slot s = new Slot(u, p, tier);
            slots.add(s);
            tiers.get(tier).add(s);
        }
    }

    /**
     * Leaves some team places empty today, on purpose: one principal (a 局长 post whose deputies carry
     * on) and deputies' places. Their holders stay until a date in the past year and are not replaced.
     */
    private void chooseDeliberateVacancies() {
        List<Slot> principals = new ArrayList<>();
        List<Slot> deputies = new ArrayList<>();
        for (Slot s : slots) {
            if (s.post.teamRole() == null) {
                continue;
            }
            if (s.post.teamRole() == TeamRole.PRINCIPAL && !s.unit.unit().isTownship()) {
                principals.add(s);
            } else if (s.post.teamRole() == TeamRole.DEPUTY) {
                deputies.add(s);
            }
        }
        List<Slot> chosen = new ArrayList<>(rng.sample(principals, 1));
        chosen.addAll(rng.sample(deputies, county.vacancies() - chosen.size()));
        for (Slot s : chosen) {
            s.deliberate = true;
            s.leaveOn = today.minusDays(rng.between(30, 300));
        }
    }

    private void fillDue(LocalDate last) {
        List<Slot> waiting = new ArrayList<>();
        for (int i = 0; i < vacant.size(); i++) {
            Slot s = vacant.get(i);
            if (s.refillOn.isAfter(last)) {
                waiting.add(s);
            } else {
                fill(s, s.refillOn);
            }
        }
        vacant = waiting;
    }

    private void fill(Slot slot, LocalDate day) {
        int t = slot.tier;
        double r = rng.unit();
        Person p = null;
        if (t > 0 && r < PROMOTION[t]) {
            p = candidate(t - 1, slot, day, MONTHS_BEFORE_PROMOTION, false);
        } else if (t == 0 && slot.post.maxHolders() == 1 && r < LEAD_FROM_CLERKS) {
            p = candidate(0, slot, day, MONTHS_BEFORE_TRANSFER, false);
        } else if (r < PROMOTION[t] + TRANSFER[t]) {
            p = candidate(t, slot, day, MONTHS_BEFORE_TRANSFER, true);
        }
        if (p != null) {
            Slot old = p.slot;
            p.current().end = day.minusDays(1);
            old.holder = null;
            scheduleRefill(old, day);
            occupy(slot, p, day);
        } else {
            occupy(slot, new Person(t == 0 ? Entry.RECRUIT : Entry.OUTSIDER, t, day), day);
        }
    }

    /** A holder at {@code tier} in the same career group who has served long enough, found by a few random probes. */
    private Person candidate(int tier, Slot target, LocalDate day, int monthsInPost, boolean otherUnit) {
        List<Slot> pool = byGroupAndTier.get(target.group()).get(tier);
        if (pool.isEmpty()) {
            return null;
        }
        LocalDate servedSince = day.minusMonths(monthsInPost);
        for (int i = 0; i < 12; i++) {
            Slot s = rng.pick(pool);
            Person h = s.holder;
            if (h != null && !s.deliberate && s.post != target.post && (!otherUnit || s.unit != target.unit)
                    && !h.current().start.isAfter(servedSince)) {
                return h;
            }
        }
        return null;
    }

    /** Swaps the holders of two places of the same tier in different units, both from {@code day}. */
    private void rotate(Slot s, LocalDate day) {
        Person a = s.holder;
        if (a.current().start.isAfter(day.minusMonths(MONTHS_BEFORE_TRANSFER))) {
            return;
        }
        Person b = candidate(s.tier, s, day, MONTHS_BEFORE_TRANSFER, true);
        if (b == null) {
            return;
        }
        Slot other = b.slot;
        a.current().end = day.minusDays(1);
        b.current().end = day.minusDays(1);
        occupy(other, a, day);
        occupy(s, b, day);
    }

    private void leave(Slot s, LocalDate day) {
        s.holder.current().end = day.minusDays(1);
        s.holder.slot = null;
        s.holder = null;
        if (!s.deliberate) {
            scheduleRefill(s, day);
        }
    }

    private void scheduleRefill(Slot s, LocalDate vacatedOn) {
        int kind = rng.weighted(0.3, 0.5, 0.2);
        int gap = kind == 0 ? rng.between(0, 14) : kind == 1 ? rng.between(15, 60) : rng.between(61, 150);
        s.refillOn = vacatedOn.plusDays(gap);
        vacant.add(s);
    }

    private static void occupy(Slot s, Person p, LocalDate day) {
        s.holder = p;
        p.slot = s;
        p.stints.add(new Stint(s, day));
    }
}
