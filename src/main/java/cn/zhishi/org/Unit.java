package cn.zhishi.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node of the organisation tree: a region (市/县/乡) or a unit (单位). {@code path} is the chain of
 * codes from the root ({@code /C/C01/C01-T03/}) so a subtree is a prefix.
 */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private Long parentId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private NodeType nodeType;
    @Enumerated(EnumType.STRING)
    private UnitDomain domain;
    @Enumerated(EnumType.STRING)
    private UnitClass unitClass;
    private String unitLevel;
    private String path;
    private int depth;
    private int sortOrder;

    protected Unit() {
    }

    Unit(Unit parent, String code, String name, NodeType nodeType, UnitDomain domain, UnitClass unitClass,
            String unitLevel, int sortOrder) {
        this.parentId = parent == null ? null : parent.id;
        this.code = code;
        this.path = (parent == null ? "/" : parent.path) + code + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
        describe(name, nodeType, domain, unitClass, unitLevel, sortOrder);
    }

    void describe(String name, NodeType nodeType, UnitDomain domain, UnitClass unitClass, String unitLevel, int sortOrder) {
        this.name = name;
        this.nodeType = nodeType;
        this.domain = domain;
        this.unitClass = unitClass;
        this.unitLevel = unitLevel;
        this.sortOrder = sortOrder;
    }

    /** Hangs this unit under {@code parent}; its path and depth follow (the caller moves the units below). */
    void moveUnder(Unit parent) {
        this.parentId = parent.id;
        this.path = parent.path + code + "/";
        this.depth = parent.depth + 1;
    }

    /** After an ancestor moved from {@code oldPrefix} to {@code newPrefix}: the same path below the new place. */
    void rebase(String oldPrefix, String newPrefix, int depthChange) {
        this.path = newPrefix + path.substring(oldPrefix.length());
        this.depth += depthChange;
    }

    public boolean isWithin(Unit ancestor) {
        return path.startsWith(ancestor.path);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("parentId", parentId);
        m.put("nodeType", nodeType);
        m.put("domain", domain);
        m.put("unitClass", unitClass);
        m.put("unitLevel", unitLevel);
        m.put("sortOrder", sortOrder);
        return m;
    }

    public Long getId() { return id; }
    public Long getParentId() { return parentId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public NodeType getNodeType() { return nodeType; }
    public UnitDomain getDomain() { return domain; }
    public UnitClass getUnitClass() { return unitClass; }
    public String getUnitLevel() { return unitLevel; }
    public String getPath() { return path; }
    public int getDepth() { return depth; }
    public int getSortOrder() { return sortOrder; }
}
