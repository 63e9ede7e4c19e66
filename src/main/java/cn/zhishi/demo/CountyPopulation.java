package cn.zhishi.demo;

import cn.zhishi.cadre.CadreType;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitDomain;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cadres of one county: runs the careers, then gives each serving person facts and a file.
 * A few are picked (deterministically) for the rarer situations a demo must show: family settled
 * abroad, a sanction — some still in their influence period — and a negative tag.
 */
final class CountyPopulation {

    private CountyPopulation() {
    }

    /**
     * @param firstSerial the city-wide serial of the county's first cadre
     * @param taken ID-number prefixes and phone numbers already given out in the city (updated)
     */
    static List<CadreRecord> generate(CitySpec spec, CountyPlan county, int firstSerial, Set<String> taken) {
        LocalDate today = spec.today();
        List<CareerSimulation.Person> people = new CareerSimulation(county, spec.historyFrom(), today,
                Rng.of(spec.seed(), "careers", county.index())).run();
        Rng perPerson = Rng.of(spec.seed(), "people", county.index());
        List<Rng> rngs = new ArrayList<>();
        List<Identities.Facts> facts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Rng r = perPerson.child(i);
            rngs.add(r);
            facts.add(Identities.make(r, people.get(i), county.index(), today, taken));
        }

        Rng quotas = Rng.of(spec.seed(), "quotas", county.index());
        int n = people.size();
        List<Integer> older = new ArrayList<>();
        List<Integer> settled = new ArrayList<>();
        List<Integer> everyone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            everyone.add(i);
            if (Period.between(facts.get(i).birthDate(), today).getYears() >= 46) {
                older.add(i);
            }
            if (!people.get(i).current().start.isAfter(today.minusDays(240))) {
                settled.add(i);
            }
        }
        List<Integer> abroad = quotas.sample(older, Math.max(2, (int) Math.round(n * 0.012)));
        List<Integer> sanctioned = quotas.sample(settled, Math.max(3, (int) Math.round(n * 0.03)));
        List<Integer> negative = quotas.sample(everyone, Math.max(2, (int) Math.round(n * 0.04)));

        int[] abroadRank = ranks(n, abroad);
        int[] sanctionRank = ranks(n, sanctioned);
        int[] negativeRank = ranks(n, negative);
        List<CadreRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Families.Abroad away = abroadRank[i] < 0 ? Families.Abroad.NONE
                    : abroadRank[i] == 0 ? Families.Abroad.SPOUSE_AND_CHILDREN : Families.Abroad.CHILD;
            int s = sanctionRank[i];
            out.add(file(spec, county, firstSerial + i, people.get(i), facts.get(i), rngs.get(i), away,
                    s < 0 ? null : s < (sanctioned.size() + 1) / 2, negativeRank[i] >= 0));
        }
        return out;
    }

    /** For each of {@code n} people, their position among {@code picked}, or −1. */
    private static int[] ranks(int n, List<Integer> picked) {
        int[] rank = new int[n];
        java.util.Arrays.fill(rank, -1);
        for (int k = 0; k < picked.size(); k++) {
            rank[picked.get(k)] = k;
        }
        return rank;
    }

    /** @param recentSanction null for no sanction, true for one still in its influence period */
    private static CadreRecord file(CitySpec spec, CountyPlan county, int serial, CareerSimulation.Person p,
            Identities.Facts f, Rng r, Families.Abroad abroad, Boolean recentSanction, boolean negativeTag) {
        LocalDate today = spec.today();
        CareerSimulation.Slot slot = p.slot;
        List<SanctionRecord> sanctions = recentSanction == null ? List.of()
                : List.of(Honours.sanction(r, f, p, county.name(), today, recentSanction));
        List<TenureRecord> tenures = new ArrayList<>();
        for (CareerSimulation.Stint s : p.stints) {
            String document = s.slot.post.teamRole() == null ? null
                    : county.shortName() + "委任〔" + s.start.getYear() + "〕" + r.between(1, 120) + "号";
            tenures.add(new TenureRecord(s.slot.post.code(), s.start, s.end, document));
        }
        return new CadreRecord(serial, slot.unit.unit().code(), f.name(), f.gender(), f.ethnicity(), f.birthDate(),
                f.nativePlace().name(), f.partyJoin(), f.workStart(), f.idNumber(), f.phone(), typeOf(slot),
                specialty(r, f, slot), familiarFields(r, p), f.educations(), Resumes.of(r, p, f, county),
                Families.of(r, f, county.name(), today, abroad),
                Honours.rewards(r, f, slot.tier, county.name(), today, spec.historyFrom(), sanctions), sanctions,
                Honours.tags(r, f, p, today, negativeTag, sanctions.isEmpty() ? null : sanctions.get(0)), tenures);
    }

    private static CadreType typeOf(CareerSimulation.Slot slot) {
        if (slot.post.teamRole() == TeamRole.PRINCIPAL && slot.unit.unit().domain() == UnitDomain.PARTY_GOVERNMENT) {
            return CadreType.PARTY_GOVERNMENT_PRINCIPAL;
        }
        return slot.tier >= 1 || slot.post.teamRole() != null ? CadreType.SECTION_LEVEL : CadreType.GENERAL;
    }

    /** 专长: what the major taught, and often something the current unit taught. */
    private static String specialty(Rng r, Identities.Facts f, CareerSimulation.Slot slot) {
        Set<String> s = new LinkedHashSet<>();
        s.add(Schooling.expertiseOf(f.study().major()));
        if (r.chance(0.6)) {
            s.add(r.pick(slot.unit.blueprint().expertise()));
        }
        return String.join("、", s);
    }

    /** 熟悉领域: the work of the units the cadre has served in. */
    private static String familiarFields(Rng r, CareerSimulation.Person p) {
        Set<String> fields = new LinkedHashSet<>();
        for (CareerSimulation.Stint s : p.stints) {
            fields.addAll(s.slot.unit.blueprint().expertise());
        }
        return r.some(new ArrayList<>(fields), 2, 3);
    }
}
