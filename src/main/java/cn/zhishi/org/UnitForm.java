package cn.zhishi.org;

/** The "add a sub-unit" form. */
public class UnitForm {
    private String code;
    private String name;
    private NodeType nodeType = NodeType.UNIT;
    private UnitDomain domain;
    private UnitClass unitClass;
    private String unitLevel;
    private Integer sortOrder;

    UnitCommand toCommand(Long parentId) {
        return new UnitCommand(parentId, code == null ? null : code.trim(), name, nodeType, domain, unitClass, unitLevel, sortOrder);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public NodeType getNodeType() { return nodeType; }
    public void setNodeType(NodeType nodeType) { this.nodeType = nodeType; }
    public UnitDomain getDomain() { return domain; }
    public void setDomain(UnitDomain domain) { this.domain = domain; }
    public UnitClass getUnitClass() { return unitClass; }
    public void setUnitClass(UnitClass unitClass) { this.unitClass = unitClass; }
    public String getUnitLevel() { return unitLevel; }
    public void setUnitLevel(String unitLevel) { this.unitLevel = unitLevel; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
}
