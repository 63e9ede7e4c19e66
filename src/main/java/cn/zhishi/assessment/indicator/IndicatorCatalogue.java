package cn.zhishi.assessment.indicator;

import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every version of every set, and the two ways to pick one: a new choice takes the latest version of a
 * code; a campaign or assignment made earlier resolves its pinned id to the version it started with.
 */
public record IndicatorCatalogue(List<IndicatorSet> versions) {

    public IndicatorCatalogue {
        versions = List.copyOf(versions);
    }

    /** The latest version of each code, ordered by code. */
    public List<IndicatorSet> current() {
        return versions.stream()
                .collect(Collectors.toMap(IndicatorSet::code, Function.identity(),
                        (a, b) -> a.version() >= b.version() ? a : b))
                .values().stream().sorted(Comparator.comparing(IndicatorSet::code)).toList();
    }

    public Optional<IndicatorSet> latest(String code) {
        return versions.stream().filter(s -> s.code().equals(code)).max(Comparator.comparingInt(IndicatorSet::version));
    }

    /** The exact version a campaign or assignment points at, whatever was created since. */
    public Optional<IndicatorSet> pinned(long id) {
        return versions.stream().filter(s -> s.id() == id).findFirst();
    }

    /** The version number a new set under {@code code} gets: 1, or one more than the latest. */
    public int nextVersion(String code) {
        return latest(code).map(s -> s.version() + 1).orElse(1);
    }

    /**
     * The current set meant for a cadre in a unit of this domain and class, in this role: of the sets
     * that apply, the one naming the most criteria; at equal count a set naming the role beats one naming
     * the unit class, which beats one naming the domain (the role's focus [000 东营] is the sharper
     * reading); then the smaller code. Empty when none applies.
     */
    public Optional<IndicatorSet> select(UnitDomain domain, UnitClass unitClass, RoleScope role) {
        return current().stream().filter(s -> s.appliesTo(domain, unitClass, role))
                .max(Comparator.comparingInt(IndicatorSet::specificity)
                        .thenComparingInt(IndicatorCatalogue::precedence)
                        .thenComparing(IndicatorSet::code, Comparator.reverseOrder()));
    }

    private static int precedence(IndicatorSet s) {
        return (s.role() == null ? 0 : 4) + (s.unitClass() == null ? 0 : 2) + (s.domain() == null ? 0 : 1);
    }

    public Map<String, List<IndicatorSet>> byCode() {
        return versions.stream().collect(Collectors.groupingBy(IndicatorSet::code));
    }
}
