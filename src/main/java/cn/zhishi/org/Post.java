package cn.zhishi.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * 职位 in a unit. {@code maxHolders} is how many people may hold it at once (e.g. 副乡长 ×3);
 * a post with a {@code teamRole} belongs to the unit's leadership team.
 */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private Long unitId;
    private String code;
    private String title;
    private String postLevel;
    private String rankTitle;
    @Enumerated(EnumType.STRING)
    private TeamRole teamRole;
    private int maxHolders = 1;
    private boolean keyLawEnforcement;
    private boolean keyPersonnel;
    private boolean keyProjectApproval;
    private boolean keyFinance;
    private boolean keyAudit;
    private int sortOrder;

    protected Post() {
    }

    Post(Long unitId, String code) {
        this.unitId = unitId;
        this.code = code;
    }

    void describe(String title, String postLevel, String rankTitle, TeamRole teamRole, int maxHolders,
            Set<KeyPostKind> keyKinds, int sortOrder) {
        this.title = title;
        this.postLevel = postLevel;
        this.rankTitle = rankTitle;
        this.teamRole = teamRole;
        this.maxHolders = maxHolders;
        this.keyLawEnforcement = keyKinds.contains(KeyPostKind.LAW_ENFORCEMENT);
        this.keyPersonnel = keyKinds.contains(KeyPostKind.PERSONNEL);
        this.keyProjectApproval = keyKinds.contains(KeyPostKind.PROJECT_APPROVAL);
        this.keyFinance = keyKinds.contains(KeyPostKind.FINANCE);
        this.keyAudit = keyKinds.contains(KeyPostKind.AUDIT);
        this.sortOrder = sortOrder;
    }

    public Set<KeyPostKind> keyKinds() {
        Set<KeyPostKind> s = EnumSet.noneOf(KeyPostKind.class);
        if (keyLawEnforcement) s.add(KeyPostKind.LAW_ENFORCEMENT);
        if (keyPersonnel) s.add(KeyPostKind.PERSONNEL);
        if (keyProjectApproval) s.add(KeyPostKind.PROJECT_APPROVAL);
        if (keyFinance) s.add(KeyPostKind.FINANCE);
        if (keyAudit) s.add(KeyPostKind.AUDIT);
        return s;
    }

    public boolean isTeamPost() {
        return teamRole != null;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("code", code);
        m.put("title", title);
        m.put("postLevel", postLevel);
        m.put("rankTitle", rankTitle);
        m.put("teamRole", teamRole);
        m.put("maxHolders", maxHolders);
        m.put("keyKinds", keyKinds().toString());
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getPostLevel() { return postLevel; }
    public String getRankTitle() { return rankTitle; }
    public TeamRole getTeamRole() { return teamRole; }
    public int getMaxHolders() { return maxHolders; }
    public int getSortOrder() { return sortOrder; }
}
