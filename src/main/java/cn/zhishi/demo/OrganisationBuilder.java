package cn.zhishi.demo;

import cn.zhishi.org.NodeType;
import cn.zhishi.org.UnitDomain;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the city's tree: the city region, one region per county, and each county's units sized for
 * its cadres. The team takes at most {@value #TEAM_SHARE} of a county's cadres, so a small demo gets
 * a few units with staff in each and a full county (~6,900 cadres) gets all ~66 units.
 */
final class OrganisationBuilder {

    static final double TEAM_SHARE = 0.55;
    /** Clerk posts are split so that none allows more than this many holders (the post form allows 50). */
    static final int MAX_CLERKS_PER_POST = 40;
    private static final String[] ROUNDS = {"", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"};

    private OrganisationBuilder() {
    }

    static UnitRecord city() {
        String code = UnitCatalogue.CITY_CODE;
        return new UnitRecord(code, null, UnitCatalogue.CITY, NodeType.REGION, null, null, "CITY", "/" + code + "/", 0, 0);
    }

    static CountyPlan county(CitySpec spec, UnitRecord city, int index) {
        Rng rng = Rng.of(spec.seed(), "org", index);
        String name = UnitCatalogue.COUNTIES.get(index);
        String code = city.code() + "-C" + two(index + 1);
        UnitRecord region = new UnitRecord(code, city.code(), name, NodeType.REGION, null, null, "COUNTY",
                city.path() + code + "/", 1, (index + 1) * 10);
        int cadres = spec.cadresIn(index);

        List<UnitBlueprint> chosen = new ArrayList<>();
        List<int[]> holders = new ArrayList<>();
        int teamSlots = 0;
        for (UnitBlueprint b : UnitCatalogue.county(index)) {
            int[] h = b.team().stream().mapToInt(p -> rng.between(p.minHolders(), p.maxHolders())).toArray();
            int slots = java.util.Arrays.stream(h).sum();
            if (chosen.size() >= 2 && teamSlots + slots > cadres * TEAM_SHARE) {
                break;
            }
            chosen.add(b);
            holders.add(h);
            teamSlots += slots;
        }
        int vacancies = Math.max(2, (int) Math.round(teamSlots * 0.05));
        int[] staff = share(cadres + vacancies - teamSlots, chosen);

        List<PlannedUnit> units = new ArrayList<>();
        int[] perLetter = new int[128];
        for (int i = 0; i < chosen.size(); i++) {
            UnitBlueprint b = chosen.get(i);
            String unitCode = code + "-" + b.codeLetter() + two(++perLetter[b.codeLetter()]);
            String unitName = b.nameIn(name);
            UnitRecord unit = new UnitRecord(unitCode, code, unitName, NodeType.UNIT, b.domain(), b.unitClass(),
                    b.unitLevel(), region.path() + unitCode + "/", 2, (i + 1) * 10);
            units.add(posts(b, unit, b.codeLetter() == 'T' ? name + unitName : unitName, holders.get(i), staff[i]));
        }
        return new CountyPlan(index, name, region, List.copyOf(units), cadres, vacancies);
    }

    private static PlannedUnit posts(UnitBlueprint b, UnitRecord unit, String fullName, int[] holders, int staff) {
        boolean organ = b.domain() == UnitDomain.PARTY_GOVERNMENT;
        List<PostRecord> team = new ArrayList<>();
        List<PostRecord> staffPosts = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < b.team().size(); i++) {
            PostBlueprint p = b.team().get(i);
            team.add(post(unit, ++n, p.title(), p, organ, false, holders[i]));
        }
        int leads = staff >= 4 ? 2 : 1;
        for (int i = 0; i < Math.min(leads, b.staffLeads().size()); i++) {
            PostBlueprint p = b.staffLeads().get(i);
            staffPosts.add(post(unit, ++n, p.title(), p, organ, false, 1));
            staff--;
        }
        int chunks = (staff + MAX_CLERKS_PER_POST - 1) / MAX_CLERKS_PER_POST;
        for (int i = 0; i < chunks; i++) {
            int size = staff / chunks + (i < staff % chunks ? 1 : 0);
            List<String> titles = b.clerkTitles();
            int round = i / titles.size();
            String title = titles.get(i % titles.size()) + (round < ROUNDS.length ? ROUNDS[round] : "（" + (round + 1) + "）");
            PostBlueprint clerk = new PostBlueprint(title, PostBlueprint.STAFF, null, size, size, java.util.Set.of());
            staffPosts.add(post(unit, ++n, title, clerk, organ, true, size));
        }
        TeamRecord teamRecord = new TeamRecord(unit.code(), unit.name() + "领导班子");
        return new PlannedUnit(unit, b, fullName, teamRecord, List.copyOf(team), List.copyOf(staffPosts));
    }

    private static PostRecord post(UnitRecord unit, int n, String title, PostBlueprint p, boolean organ, boolean clerk,
            int holders) {
        return new PostRecord(unit.code() + "-P" + two(n), unit.code(), title, p.postLevel(),
                PostBlueprint.rankFor(p.postLevel(), organ, clerk), p.role(), holders, p.keys(), n * 10);
    }

    /** Splits {@code total} staff over the units by weight, at least one each (largest remainder). */
    private static int[] share(int total, List<UnitBlueprint> units) {
        if (total < units.size()) {
            throw new IllegalArgumentException("too few cadres for the units planned");
        }
        int[] out = new int[units.size()];
        double weights = units.stream().mapToDouble(UnitBlueprint::staffWeight).sum();
        int rest = total - units.size();
        double[] remainders = new double[units.size()];
        int given = 0;
        for (int i = 0; i < out.length; i++) {
            double exact = rest * units.get(i).staffWeight() / weights;
            out[i] = 1 + (int) exact;
            remainders[i] = exact - (int) exact;
            given += (int) exact;
        }
        for (int k = 0; k < rest - given; k++) {
            int best = 0;
            for (int i = 1; i < out.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainders[best] = -1;
        }
        return out;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
