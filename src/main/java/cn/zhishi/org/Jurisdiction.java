package cn.zhishi.org;

import java.util.List;

/**
 * 管辖范围: the subtrees a user may see, as unit paths. Pure: {@link #covers} decides membership
 * in memory; queries use the same paths as parameterised prefix criteria.
 */
public record Jurisdiction(List<String> paths) {

    public Jurisdiction {
        paths = List.copyOf(paths);
    }

    public static Jurisdiction none() {
        return new Jurisdiction(List.of());
    }

    public boolean covers(String unitPath) {
        return unitPath != null && paths.stream().anyMatch(unitPath::startsWith);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** LIKE patterns for the paths (codes never contain % or _ wildcards that matter: see UnitCode). */
    public List<String> likePatterns() {
        return paths.stream().map(p -> p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }
}
