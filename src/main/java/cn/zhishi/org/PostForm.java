package cn.zhishi.org;

import java.util.EnumSet;
import java.util.Set;

/** The "add a post" form. */
public class PostForm {
    private String code;
    private String title;
    private String postLevel;
    private String rankTitle;
    private TeamRole teamRole;
    private Integer maxHolders = 1;
    private Set<KeyPostKind> keyKinds = EnumSet.noneOf(KeyPostKind.class);
    private Integer sortOrder;

    PostCommand toCommand() {
        return new PostCommand(code == null ? null : code.trim(), title, postLevel, rankTitle, teamRole, maxHolders,
                keyKinds, sortOrder);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPostLevel() { return postLevel; }
    public void setPostLevel(String postLevel) { this.postLevel = postLevel; }
    public String getRankTitle() { return rankTitle; }
    public void setRankTitle(String rankTitle) { this.rankTitle = rankTitle; }
    public TeamRole getTeamRole() { return teamRole; }
    public void setTeamRole(TeamRole teamRole) { this.teamRole = teamRole; }
    public Integer getMaxHolders() { return maxHolders; }
    public void setMaxHolders(Integer maxHolders) { this.maxHolders = maxHolders; }
    public Set<KeyPostKind> getKeyKinds() { return keyKinds; }
    public void setKeyKinds(Set<KeyPostKind> keyKinds) { this.keyKinds = keyKinds == null ? EnumSet.noneOf(KeyPostKind.class) : keyKinds; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
}
