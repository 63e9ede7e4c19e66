package cn.zhishi.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit with its children and the number of cadres directly in it, for the tree page. */
record UnitTreeNode(UnitSummary unit, long cadres, List<UnitTreeNode> children) {

    /** Builds the forest from units listed parents-first. */
    static List<UnitTreeNode> forest(List<UnitSummary> units, Map<Long, Long> counts) {
        Map<Long, UnitTreeNode> byId = new HashMap<>();
        List<UnitTreeNode> roots = new ArrayList<>();
        for (UnitSummary u : units) {
            UnitTreeNode node = new UnitTreeNode(u, counts.getOrDefault(u.id(), 0L), new ArrayList<>());
            byId.put(u.id(), node);
            UnitTreeNode parent = u.parentId() == null ? null : byId.get(u.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    /** Units listed parents-first, re-ordered depth-first (each unit followed by everything below it). */
    static List<UnitSummary> depthFirst(List<UnitSummary> parentsFirst) {
        List<UnitSummary> out = new ArrayList<>(parentsFirst.size());
        java.util.Deque<UnitTreeNode> todo = new java.util.ArrayDeque<>();
        List<UnitTreeNode> roots = forest(parentsFirst, Map.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(roots.get(i));
        }
        while (!todo.isEmpty()) {
            UnitTreeNode n = todo.pop();
            out.add(n.unit());
            for (int i = n.children().size() - 1; i >= 0; i--) {
                todo.push(n.children().get(i));
            }
        }
        return out;
    }

    /** Cadres in this unit and everything below it. */
    public long totalCadres() {
        return cadres + children.stream().mapToLong(UnitTreeNode::totalCadres).sum();
    }
}
