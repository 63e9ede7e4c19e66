package cn.zhishi.org;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import cn.zhishi.shared.InvalidInputException;
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
     * when the new parent is the unit itself or below it (the tree would become a cycle).
     */
    @Transactional
    public void moveUnit(long unitId, long newParentId) {
        Unit u = visibleUnit(unitId);
        Unit parent = visibleUnit(newParentId);
        if (parent.isWithin(u)) {
            throw InvalidInputException.of("parentId", "org.unit.moveIntoItself");
        }
        if (java.util.Objects.equals(u.getParentId(), parent.getId())) {
            return;
        }
        var before = u.snapshot();
        String oldPath = u.getPath();
        int oldDepth = u.getDepth();
        List<Unit> below = units.findSubtree(oldPath + "%");
        u.moveUnder(parent);
        for (Unit d : below) {
            if (!d.getId().equals(u.getId())) {
                d.rebase(oldPath, u.getPath(), u.getDepth() - oldDepth);
            }
        }
        audit.record(AuditEvent.changed("unit.move", "Unit", unitId, u.getName(), before, u.snapshot()));
        events.publishEvent(new UnitChanged(unitId, u.getPath(), true));
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
