package cn.zhishi.eligibility.kinship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cadres as nodes, recorded relations as edges (each edge read from both ends), and the search for
 * relatives of a cadre through chains of up to {@link #MAX_HOPS} edges. The category of a relative is
 * computed from the chain's path ({@link KinshipPaths}); when several chains lead to the same person,
 * the closest category wins (spouse, lineal, collateral, in-law). Pure: edges are handed in.
 */
public final class KinshipGraph {

    public static final int MAX_HOPS = 3;

    /** "{@code from} records {@code to} as their {@code relation}" (a family_relation code). */
    public record Edge(long from, long to, String relation, String fromName, String toName) {
    }

    /** A relative found, how, and the category. */
    public record Relative(long cadreId, String name, KinshipCategory category, String path, List<String> chain) {
    }

    /** Supplies the edges that touch a set of cadres (either end). */
    public interface EdgeSource {
        List<Edge> touching(Collection<Long> cadreIds);
    }

    private record Step(long to, String steps, String label, String toName) {
    }

    private final Map<Long, List<Step>> adjacency = new HashMap<>();
    private final Set<Long> expanded = new HashSet<>();
    private final EdgeSource source;
    private final Map<String, String> relationLabels;

    public KinshipGraph(EdgeSource source, Map<String, String> relationLabels) {
        this.source = source;
        this.relationLabels = relationLabels;
    }

    private void expand(Collection<Long> ids) {
        List<Long> todo = ids.stream().filter(i -> !expanded.contains(i)).distinct().toList();
        if (todo.isEmpty()) {
            return;
        }
        expanded.addAll(todo);
        for (Edge e : source.touching(todo)) {
            Optional<String> steps = KinshipPaths.steps(e.relation());
            if (steps.isEmpty() || e.from() == e.to()) {
                continue;
            }
            String label = relationLabels.getOrDefault(e.relation(), e.relation());
            add(e.from(), new Step(e.to(), steps.get(), e.fromName() + "→" + label + "：" + e.toName(), e.toName()));
            add(e.to(), new Step(e.from(), KinshipPaths.reverse(steps.get()),
                    e.fromName() + "→" + label + "：" + e.toName(), e.fromName()));
        }
    }

    private void add(long from, Step s) {
        List<Step> list = adjacency.computeIfAbsent(from, k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.to() == s.to() && x.steps().equals(s.steps()))) {
            list.add(s);
        }
    }

    /** Every relative of {@code cadreId} within the regulation's categories, closest category per person. */
    public Map<Long, Relative> relativesOf(long cadreId) {
        Map<Long, Relative> best = new HashMap<>();
        record Partial(long at, String path, List<String> chain, Set<Long> seen) {
        }
        List<Partial> frontier = List.of(new Partial(cadreId, "", List.of(), Set.of(cadreId)));
        for (int hop = 0; hop < MAX_HOPS && !frontier.isEmpty(); hop++) {
            expand(frontier.stream().map(Partial::at).toList());
            List<Partial> next = new ArrayList<>();
            for (Partial p : frontier) {
                for (Step s : adjacency.getOrDefault(p.at(), List.of())) {
                    if (p.seen().contains(s.to())) {
                        continue;
                    }
                    String path = p.path() + s.steps();
                    if (path.length() > 6) {
                        continue;
                    }
                    List<String> chain = new ArrayList<>(p.chain());
                    chain.add(s.label());
                    KinshipPaths.categoryOfPath(path).ifPresent(cat -> {
                        Relative old = best.get(s.to());
                        if (old == null || cat.ordinal() < old.category().ordinal()) {
                            best.put(s.to(), new Relative(s.to(), s.toName(), cat, path, List.copyOf(chain)));
                        }
                    });
                    Set<Long> seen = new HashSet<>(p.seen());
                    seen.add(s.to());
                    next.add(new Partial(s.to(), path, chain, seen));
                }
            }
            frontier = next;
        }
        return best;
    }
}
