package cn.zhishi.org;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import cn.zhishi.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes to the organisation tree: units, leadership teams, posts. Each write is audited. */
@Service
public class OrgService {

    /** Codes form the unit path, so they are restricted to characters that need no escaping. */
    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9\\-]{0,39}";

    private final UnitRepository units;
    private final PostRepository posts;
    private final LeadershipTeamRepository teams;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrgService(UnitRepository units, PostRepository posts, LeadershipTeamRepository teams,
            Jurisdictions jurisdictions, Dictionaries dictionaries, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.units = units;
        this.posts = posts;
        this.teams = teams;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.audit = audit;
    }

    /** Creates a unit under a parent in the user's jurisdiction. Roots come from set-up and bulk loads. */
    @Transactional
    public long createUnit(UnitCommand c) {
        Problems p = checkUnit(c);
        if (c.code() != null && !c.code().matches(CODE_PATTERN)) {
            p.add("code", "org.code.format");
        } else if (c.code() != null && units.findByCode(c.code()).isPresent()) {
            p.add("code", "org.code.taken", c.code());
        }
        p.require(c.parentId(), "parentId");
        p.throwIfAny();
        Unit parent = visibleUnit(c.parentId());
        Unit u = units.save(new Unit(parent, c.code(), c.name().trim(), c.nodeType(), c.domain(), c.unitClass(),
                blankToNull(c.unitLevel()), c.sortOrder() == null ? 0 : c.sortOrder()));
        audit.record(AuditEvent.created("unit.create", "Unit", u.getId(), u.getName(), u.snapshot()));
        return u.getId();
    }

    @Transactional
    public void describeUnit(long unitId, UnitCommand c) {
        Unit u = visibleUnit(unitId);
        checkUnit(c).throwIfAny();
        var before = u.snapshot();
        u.describe(c.name().trim(), c.nodeType(), c.domain(), c.unitClass(), blankToNull(c.unitLevel()),
                c.sortOrder() == null ? u.getSortOrder() : c.sortOrder());
        audit.record(AuditEvent.changed("unit.describe", "Unit", unitId, u.getName(), before, u.snapshot()));
        events.publishEvent(new UnitChanged(unitId, u.getPath(), false));
    }

    /**
     * Moves a unit, with everything below it, under another parent of the user's jurisdiction. Refused
     * (see {@link UnitMoveRules}) for a root or the top of the user's jurisdiction ({@link DomainRuleException}),
     * and for a new parent that is missing or outside the jurisdiction, the unit itself or below it (the
     * tree would become a cycle), or its current parent ({@link InvalidInputException} on {@code parentId}).
     * The audit record holds the parent and path before and after, and how many units moved along.
     */
    @Transactional
    public void moveUnit(long unitId, Long newParentId) {
        Unit u = movableUnit(unitId);
        Unit parent = moveTarget(u, newParentId);
        Unit oldParent = units.findById(u.getParentId()).orElseThrow();
        String oldPath = u.getPath();
        int oldDepth = u.getDepth();
        List<Unit> below = units.findSubtree(oldPath + "%");
        u.moveUnder(parent);
        for (Unit d : below) {
            if (!d.getId().equals(u.getId())) {
                d.rebase(oldPath, u.getPath(), u.getDepth() - oldDepth);
            }
        }
        var before = new LinkedHashMap<String, Object>();
        before.put("parentId", oldParent.getId());
        before.put("parent", oldParent.getName());
        before.put("path", oldPath);
        var after = new LinkedHashMap<String, Object>();
        after.put("parentId", parent.getId());
        after.put("parent", parent.getName());
        after.put("path", u.getPath());
        after.put("subUnitsMoved", below.size() - 1);
        audit.record(AuditEvent.changed("unit.move", "Unit", unitId, u.getName(), before, after));
        events.publishEvent(new UnitChanged(unitId, u.getPath(), true));
    }

    /** Refuses, exactly as {@link #moveUnit} would, a move it would refuse; writes nothing (the confirmation step). */
    @Transactional(readOnly = true)
    public void checkMove(long unitId, Long newParentId) {
        moveTarget(movableUnit(unitId), newParentId);
    }

    private Unit movableUnit(long unitId) {
        Unit u = visibleUnit(unitId);
        Unit oldParent = u.getParentId() == null ? null : units.findById(u.getParentId()).orElse(null);
        UnitMoveRules.cannotMove(u, oldParent, jurisdictions.current()).ifPresent(code -> {
            throw new DomainRuleException(code, u.getName());
        });
        return u;
    }

    private Unit moveTarget(Unit u, Long newParentId) {
        new Problems().require(newParentId, "parentId").throwIfAny();
        Unit parent = units.findById(newParentId).filter(p -> jurisdictions.current().covers(p.getPath()))
                .orElseThrow(() -> InvalidInputException.of("parentId", "org.unit.move.parentOutside"));
        UnitMoveRules.cannotMoveUnder(u, parent).ifPresent(code -> {
            throw InvalidInputException.of("parentId", code, u.getName(), parent.getName());
        });
        return parent;
    }

    /** Sets up (or renames) the unit's leadership team. */
    @Transactional
    public long formTeam(long unitId, String name) {
        Unit u = visibleUnit(unitId);
        new Problems().require(name, "name").throwIfAny();
        LeadershipTeam team = teams.findByUnitId(unitId).orElse(null);
        if (team == null) {
            team = teams.save(new LeadershipTeam(u.getId(), name.trim()));
            audit.record(AuditEvent.created("team.form", "LeadershipTeam", team.getId(), team.getName(),
                    java.util.Map.of("unitId", unitId, "name", team.getName())));
        }
        return team.getId();
    }

    @Transactional
    public long createPost(long unitId, PostCommand c) {
        visibleUnit(unitId);
        Problems p = checkPost(c);
        if (c.code() == null || !c.code().matches("[A-Za-z0-9][A-Za-z0-9\\-]{0,59}")) {
            p.add("code", "org.code.format");
        } else if (posts.findByCode(c.code()).isPresent()) {
            p.add("code", "org.code.taken", c.code());
        }
        p.throwIfAny();
        Post post = new Post(unitId, c.code());
        describe(post, c);
        post = posts.save(post);
        audit.record(AuditEvent.created("post.create", "Post", post.getId(), post.getTitle(), post.snapshot()));
        return post.getId();
    }

    @Transactional
    public void describePost(long postId, PostCommand c) {
        Post post = posts.findById(postId).orElseThrow(() -> new NotFoundException("post", postId));
        visibleUnit(post.getUnitId());
        checkPost(c).throwIfAny();
        var before = post.snapshot();
        describe(post, c);
        audit.record(AuditEvent.changed("post.describe", "Post", postId, post.getTitle(), before, post.snapshot()));
    }

    private void describe(Post post, PostCommand c) {
        post.describe(c.title().trim(), c.postLevel(), blankToNull(c.rankTitle()), c.teamRole(),
                c.maxHolders() == null ? 1 : c.maxHolders(), c.keyKinds() == null ? Set.of() : c.keyKinds(),
                c.sortOrder() == null ? 0 : c.sortOrder());
    }

    private Problems checkUnit(UnitCommand c) {
        Problems p = new Problems().require(c.code(), "code").require(c.name(), "name").require(c.nodeType(), "nodeType");
        if (c.nodeType() == NodeType.UNIT) {
            p.require(c.domain(), "domain").require(c.unitClass(), "unitClass");
        }
        dictionaries.check(p, "unitLevel", Dictionaries.UNIT_LEVEL, c.unitLevel());
        return p;
    }

    private Problems checkPost(PostCommand c) {
        Problems p = new Problems().require(c.title(), "title").require(c.postLevel(), "postLevel");
        dictionaries.check(p, "postLevel", Dictionaries.POST_LEVEL, c.postLevel());
        dictionaries.check(p, "rankTitle", Dictionaries.RANK, c.rankTitle());
        if (c.maxHolders() != null && (c.maxHolders() < 1 || c.maxHolders() > 50)) {
            p.add("maxHolders", "org.post.maxHolders");
        }
        return p;
    }

    private Unit visibleUnit(long id) {
        Unit u = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        if (!jurisdictions.current().covers(u.getPath())) {
            throw new NotFoundException("unit", id);
        }
        return u;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
