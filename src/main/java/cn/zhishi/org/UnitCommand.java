package cn.zhishi.org;

/** Input for creating or describing a unit. {@code parentId} is ignored on update (moves are separate). */
public record UnitCommand(Long parentId, String code, String name, NodeType nodeType, UnitDomain domain,
        UnitClass unitClass, String unitLevel, Integer sortOrder) {
}
