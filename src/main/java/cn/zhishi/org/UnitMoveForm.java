package cn.zhishi.org;

/** The "move this unit" form: the chosen new parent. */
public class UnitMoveForm {
    private Long parentId;

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
}
