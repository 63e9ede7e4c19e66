package cn.zhishi.search;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * 搜索条件 as the page and the API take them (query parameters), and as a saved search stores them
 * ({@link #toQueryString}). Blank means "any".
 */
public class SearchForm {

    public enum Sort { RELEVANCE, AGE_ASC, AGE_DESC, YEARS_IN_POST_DESC }

    private String q;
    private Long unitId;
    private String domain;
    private String unitClass;
    private Integer ageMin;
    private Integer ageMax;
    private String gender;
    private String ethnicity;
    private String education;
    private String studyMode;
    private String major;
    private String postLevel;
    private Integer minYearsInPost;
    private String teamRole;
    private boolean excellentInThreeYears;
    private boolean noGradeBelowCompetent;
    private String tag;
    private String influence;
    private boolean reserve;
    private Sort sort = Sort.RELEVANCE;
    private int page;

    public String toQueryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "q", q);
        add(b, "unitId", unitId);
        add(b, "domain", domain);
        add(b, "unitClass", unitClass);
        add(b, "ageMin", ageMin);
        add(b, "ageMax", ageMax);
        add(b, "gender", gender);
        add(b, "ethnicity", ethnicity);
        add(b, "education", education);
        add(b, "studyMode", studyMode);
        add(b, "major", major);
        add(b, "postLevel", postLevel);
        add(b, "minYearsInPost", minYearsInPost);
        add(b, "teamRole", teamRole);
        add(b, "excellentInThreeYears", excellentInThreeYears ? "true" : null);
        add(b, "noGradeBelowCompetent", noGradeBelowCompetent ? "true" : null);
        add(b, "tag", tag);
        add(b, "influence", influence);
        add(b, "reserve", reserve ? "true" : null);
        add(b, "sort", sort == Sort.RELEVANCE ? null : sort);
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getUnitClass() { return unitClass; }
    public void setUnitClass(String unitClass) { this.unitClass = unitClass; }
    public Integer getAgeMin() { return ageMin; }
    public void setAgeMin(Integer ageMin) { this.ageMin = ageMin; }
    public Integer getAgeMax() { return ageMax; }
    public void setAgeMax(Integer ageMax) { this.ageMax = ageMax; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public String getStudyMode() { return studyMode; }
    public void setStudyMode(String studyMode) { this.studyMode = studyMode; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public String getPostLevel() { return postLevel; }
    public void setPostLevel(String postLevel) { this.postLevel = postLevel; }
    public Integer getMinYearsInPost() { return minYearsInPost; }
    public void setMinYearsInPost(Integer minYearsInPost) { this.minYearsInPost = minYearsInPost; }
    public String getTeamRole() { return teamRole; }
    public void setTeamRole(String teamRole) { this.teamRole = teamRole; }
    public boolean isExcellentInThreeYears() { return excellentInThreeYears; }
    public void setExcellentInThreeYears(boolean v) { this.excellentInThreeYears = v; }
    public boolean isNoGradeBelowCompetent() { return noGradeBelowCompetent; }
    public void setNoGradeBelowCompetent(boolean v) { this.noGradeBelowCompetent = v; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public String getInfluence() { return influence; }
    public void setInfluence(String influence) { this.influence = influence; }
    /** Only members of the reserve pool (后备干部库) who are still in it: stage 后备 or 考察对象. */
    public boolean isReserve() { return reserve; }
    public void setReserve(boolean v) { this.reserve = v; }
    public Sort getSort() { return sort; }
    public void setSort(Sort sort) { this.sort = sort == null ? Sort.RELEVANCE : sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
