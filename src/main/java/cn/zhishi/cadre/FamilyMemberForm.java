package cn.zhishi.cadre;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One family member (家庭成员及主要社会关系) as entered. */
public class FamilyMemberForm {
    private String relation;
    private String name;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String politicalStatus;
    private String workUnit;
    private String postTitle;
    private boolean settledAbroad;
    private String abroadCountry;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate settledSince;

    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getPoliticalStatus() { return politicalStatus; }
    public void setPoliticalStatus(String politicalStatus) { this.politicalStatus = politicalStatus; }
    public String getWorkUnit() { return workUnit; }
    public void setWorkUnit(String workUnit) { this.workUnit = workUnit; }
    public String getPostTitle() { return postTitle; }
    public void setPostTitle(String postTitle) { this.postTitle = postTitle; }
    public boolean isSettledAbroad() { return settledAbroad; }
    public void setSettledAbroad(boolean settledAbroad) { this.settledAbroad = settledAbroad; }
    public String getAbroadCountry() { return abroadCountry; }
    public void setAbroadCountry(String abroadCountry) { this.abroadCountry = abroadCountry; }
    public LocalDate getSettledSince() { return settledSince; }
    public void setSettledSince(LocalDate settledSince) { this.settledSince = settledSince; }
}
