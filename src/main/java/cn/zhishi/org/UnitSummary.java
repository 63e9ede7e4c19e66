package cn.zhishi.org;

/** A unit as other modules and lists see it. */
public record UnitSummary(long id, Long parentId, String code, String name, String path, int depth,
        NodeType nodeType, UnitDomain domain, UnitClass unitClass, String unitLevel) {

    static UnitSummary of(Unit u) {
        return new UnitSummary(u.getId(), u.getParentId(), u.getCode(), u.getName(), u.getPath(), u.getDepth(),
                u.getNodeType(), u.getDomain(), u.getUnitClass(), u.getUnitLevel());
    }
}
