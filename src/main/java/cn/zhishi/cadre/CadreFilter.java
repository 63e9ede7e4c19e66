package cn.zhishi.cadre;

/**
 * The cadre list's filters, sort and page, bound from query parameters (pages and API alike).
 * Unknown sort keys fall back to the unit order.
 */
public class CadreFilter {

    public enum Sort { UNIT, NAME, BIRTH_DATE, WORK_START }

    private String q;
    private Long unitId;
    private Gender gender;
    private String ethnicity;
    private CadreType cadreType;
    private String educationLevel;
    private Integer ageMin;
    private Integer ageMax;
    private String postLevel;
    private cn.zhishi.org.TeamRole teamRole;
    private Sort sort = Sort.UNIT;
    private boolean desc;
    private int page;
    private int size = 20;

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public CadreType getCadreType() { return cadreType; }
    public void setCadreType(CadreType cadreType) { this.cadreType = cadreType; }
    public String getEducationLevel() { return educationLevel; }
    public void setEducationLevel(String educationLevel) { this.educationLevel = educationLevel; }
    public Integer getAgeMin() { return ageMin; }
    public void setAgeMin(Integer ageMin) { this.ageMin = ageMin; }
    public Integer getAgeMax() { return ageMax; }
    public void setAgeMax(Integer ageMax) { this.ageMax = ageMax; }
    public String getPostLevel() { return postLevel; }
    public void setPostLevel(String postLevel) { this.postLevel = postLevel; }
    public cn.zhishi.org.TeamRole getTeamRole() { return teamRole; }
    public void setTeamRole(cn.zhishi.org.TeamRole teamRole) { this.teamRole = teamRole; }
    public Sort getSort() { return sort; }
    public void setSort(Sort sort) { this.sort = sort == null ? Sort.UNIT : sort; }
    public boolean isDesc() { return desc; }
    public void setDesc(boolean desc) { this.desc = desc; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public int getSize() { return size; }
    public void setSize(int size) { this.size = Math.min(Math.max(size, 1), 200); }
}
