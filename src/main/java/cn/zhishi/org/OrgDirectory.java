package cn.zhishi.org;

import cn.zhishi.shared.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the organisation tree, always through a jurisdiction. */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private final UnitRepository units;
    private final PostRepository posts;
    private final LeadershipTeamRepository teams;
    private final PostHolderLookup holders;

    OrgDirectory(UnitRepository units, PostRepository posts, LeadershipTeamRepository teams, PostHolderLookup holders) {
        this.units = units;
        this.posts = posts;
        this.teams = teams;
        this.holders = holders;
    }

    /** Every unit the jurisdiction covers, parents before children. */
    public List<UnitSummary> tree(Jurisdiction j) {
        return j.paths().stream()
                .flatMap(path -> units.findSubtree(path + "%").stream())
                .distinct()
                .sorted(Comparator.comparingInt(Unit::getDepth).thenComparingInt(Unit::getSortOrder).thenComparing(Unit::getName))
                .map(UnitSummary::of).toList();
    }

    /** The jurisdiction's own top units (the roots of its subtrees). */
    public List<UnitSummary> roots(Jurisdiction j) {
        if (j.isEmpty()) {
            return List.of();
        }
        return units.findByPathIn(j.paths()).stream()
                .sorted(Comparator.comparing(Unit::getPath)).map(UnitSummary::of).toList();
    }

    /**
     * What moving the unit would take along and where it may go within the jurisdiction; the same rules as
     * {@link OrgService#moveUnit} ({@link UnitMoveRules}). The parent is given only when the user oversees it.
     */
    public UnitMoveOptions moveOptions(long unitId, Jurisdiction j) {
        Unit u = units.findById(unitId).filter(x -> j.covers(x.getPath()))
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        Unit parent = u.getParentId() == null ? null : units.findById(u.getParentId()).orElse(null);
        List<Unit> subtree = units.findSubtree(u.getPath() + "%");
        long cadres = holders.cadreCountsByUnit(subtree.stream().map(Unit::getId).toList()).values().stream()
                .mapToLong(Long::longValue).sum();
        List<UnitSummary> below = UnitTreeNode.depthFirst(subtree.stream()
                .filter(d -> !d.getId().equals(u.getId())).map(UnitSummary::of).toList());
        String refusal = UnitMoveRules.cannotMove(u, parent, j).orElse(null);
        List<UnitSummary> targets = refusal != null ? List.of() : UnitTreeNode.depthFirst(tree(j)).stream()
                .filter(t -> !t.path().startsWith(u.getPath()) && t.id() != parent.getId()).toList();
        UnitSummary shownParent = parent != null && j.covers(parent.getPath()) ? UnitSummary.of(parent) : null;
        return new UnitMoveOptions(UnitSummary.of(u), shownParent, below, cadres, targets, refusal);
    }

    public UnitSummary unit(long id, Jurisdiction j) {
        return findUnit(id, j).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<UnitSummary> findUnit(long id, Jurisdiction j) {
        return units.findById(id).filter(u -> j.covers(u.getPath())).map(UnitSummary::of);
    }

    public Optional<UnitSummary> findUnitByCode(String code, Jurisdiction j) {
        return units.findByCode(code).filter(u -> j.covers(u.getPath())).map(UnitSummary::of);
    }

    /** Units by id without a jurisdiction check: for labelling rows that were already filtered. */
    public Map<Long, UnitSummary> unitsById(Collection<Long> ids) {
        return units.findByIdIn(ids).stream().map(UnitSummary::of)
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    public List<UnitSummary> children(long unitId, Jurisdiction j) {
        return units.findByParentIdOrderBySortOrderAscNameAsc(unitId).stream()
                .filter(u -> j.covers(u.getPath())).map(UnitSummary::of).toList();
    }

    /** The chain from the jurisdiction's top down to the unit (for breadcrumbs). */
    public List<UnitSummary> ancestry(long unitId, Jurisdiction j) {
        UnitSummary u = unit(unitId, j);
        List<String> codes = List.of(u.path().substring(1).split("/"));
        Map<String, Unit> byCode = codes.stream().map(units::findByCode).flatMap(Optional::stream)
                .collect(Collectors.toMap(Unit::getCode, Function.identity()));
        return codes.stream().map(byCode::get).filter(x -> x != null && j.covers(x.getPath()))
                .map(UnitSummary::of).toList();
    }

    public Optional<String> teamName(long unitId) {
        return teams.findByUnitId(unitId).map(LeadershipTeam::getName);
    }

    public List<PostSummary> posts(long unitId, Jurisdiction j) {
        UnitSummary u = unit(unitId, j);
        return posts.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream().map(p -> summary(p, u)).toList();
    }

    public Optional<PostSummary> findPost(long postId, Jurisdiction j) {
        return posts.findById(postId).flatMap(p -> findUnit(p.getUnitId(), j).map(u -> summary(p, u)));
    }

    /** The post with this code, if its unit is within the jurisdiction (imports name posts by code). */
    public Optional<PostSummary> findPostByCode(String code, Jurisdiction j) {
        return posts.findByCode(code).flatMap(p -> findUnit(p.getUnitId(), j).map(u -> summary(p, u)));
    }

    /** Every post in the jurisdiction, in tree order then the unit's own order (e.g. a code list for a template). */
    public List<PostSummary> postsIn(Jurisdiction j) {
        List<UnitSummary> tree = tree(j);
        if (tree.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitSummary> byId = tree.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        Map<Long, List<Post>> byUnit = posts.findByUnitIdIn(byId.keySet()).stream()
                .sorted(Comparator.comparingInt(Post::getSortOrder).thenComparing(Post::getId))
                .collect(Collectors.groupingBy(Post::getUnitId));
        return tree.stream().flatMap(u -> byUnit.getOrDefault(u.id(), List.of()).stream().map(p -> summary(p, u)))
                .toList();
    }

    /**
     * The post, locked until the transaction ends, so that two appointments to one post are
     * checked against each other one after the other (capacity rule).
     */
    @Transactional
    public Optional<PostSummary> lockPostForAppointment(long postId, Jurisdiction j) {
        return posts.lockById(postId).flatMap(p -> findUnit(p.getUnitId(), j).map(u -> summary(p, u)));
    }

    /** Posts by id without a jurisdiction check (labelling already-filtered rows). */
    public Map<Long, PostSummary> postsById(Collection<Long> ids) {
        List<Post> found = posts.findByIdIn(ids);
        Map<Long, UnitSummary> us = unitsById(found.stream().map(Post::getUnitId).distinct().toList());
        return found.stream().collect(Collectors.toMap(Post::getId, p -> summary(p, us.get(p.getUnitId()))));
    }

    private static PostSummary summary(Post p, UnitSummary u) {
        return new PostSummary(p.getId(), p.getUnitId(), u.name(), u.path(), p.getCode(), p.getTitle(), p.getPostLevel(),
                p.getRankTitle(), p.getTeamRole(), p.getMaxHolders(), p.keyKinds());
    }
}
