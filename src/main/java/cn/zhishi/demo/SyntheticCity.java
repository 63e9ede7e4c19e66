package cn.zhishi.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A generated city: its organisation (small, held in memory) and its cadres (large, produced county by
 * county on demand so that a city of ~70,000 cadres never has to be held at once).
 */
public final class SyntheticCity {

    private final CitySpec spec;
    private final UnitRecord root;
    private final List<CountyPlan> counties;

    SyntheticCity(CitySpec spec, UnitRecord root, List<CountyPlan> counties) {
        this.spec = spec;
        this.root = root;
        this.counties = List.copyOf(counties);
    }

    public CitySpec spec() {
        return spec;
    }

    /** The city region, root of the tree. */
    public UnitRecord root() {
        return root;
    }

    /** The county regions in order. */
    public List<UnitRecord> counties() {
        return counties.stream().map(CountyPlan::region).toList();
    }

    /** Every node, parents before children: the city, then each county followed by its units. */
    public List<UnitRecord> units() {
        List<UnitRecord> all = new ArrayList<>();
        all.add(root);
        for (CountyPlan c : counties) {
            all.add(c.region());
            c.units().forEach(u -> all.add(u.unit()));
        }
        return all;
    }

    public List<TeamRecord> teams() {
        return counties.stream().flatMap(c -> c.units().stream()).map(PlannedUnit::team).toList();
    }

    /** Every post, unit by unit, team posts first. */
    public List<PostRecord> posts() {
        return counties.stream().flatMap(c -> c.units().stream())
                .flatMap(u -> Stream.concat(u.teamPosts().stream(), u.staffPosts().stream())).toList();
    }

    /** The townships (乡镇街道) of a county, in tree order. */
    public List<UnitRecord> townships(String countyCode) {
        return counties.stream().filter(c -> c.region().code().equals(countyCode)).flatMap(c -> c.units().stream())
                .map(PlannedUnit::unit).filter(UnitRecord::isTownship).toList();
    }

    /** Number of cadres {@link #cadres()} yields. */
    public int cadreCount() {
        return counties.stream().mapToInt(CountyPlan::cadres).sum();
    }

    /**
     * The cadres in serial order, generated lazily one county at a time. Each call starts afresh and
     * yields the same records; the stream is sequential (ID numbers are kept unique across counties).
     */
    public Stream<CadreRecord> cadres() {
        Set<String> taken = new HashSet<>();
        int[] firstSerials = new int[counties.size()];
        for (int i = 1; i < counties.size(); i++) {
            firstSerials[i] = firstSerials[i - 1] + counties.get(i - 1).cadres();
        }
        return counties.stream().sequential()
                .flatMap(c -> CountyPopulation.generate(spec, c, firstSerials[c.index()] + 1, taken).stream());
    }
}
