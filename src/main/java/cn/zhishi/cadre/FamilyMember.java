package cn.zhishi.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** 家庭成员: relation, person, work, and whether settled abroad (移居国（境）外, read by 裸官 rules). */
@Entity
@Table(name = "cadre_family_member")
public class FamilyMember implements FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String relation;
    private String name;
    private LocalDate birthDate;
    private String politicalStatus;
    private String workUnit;
    private String postTitle;
    private boolean settledAbroad;
    private String abroadCountry;
    private LocalDate settledSince;

    protected FamilyMember() {
    }

    FamilyMember(FamilyMemberForm f) {
        relation = f.getRelation();
        name = f.getName().trim();
        birthDate = f.getBirthDate();
        politicalStatus = Text.orNull(f.getPoliticalStatus());
        workUnit = Text.orNull(f.getWorkUnit());
        postTitle = Text.orNull(f.getPostTitle());
        settledAbroad = f.isSettledAbroad();
        abroadCountry = settledAbroad ? Text.orNull(f.getAbroadCountry()) : null;
        settledSince = settledAbroad ? f.getSettledSince() : null;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relation", relation);
        m.put("name", name);
        m.put("birthDate", birthDate);
        m.put("politicalStatus", politicalStatus);
        m.put("workUnit", workUnit);
        m.put("postTitle", postTitle);
        m.put("settledAbroad", settledAbroad);
        m.put("abroadCountry", abroadCountry);
        m.put("settledSince", settledSince);
        return m;
    }

    @Override
    public Long getId() { return id; }
    public String getRelation() { return relation; }
    public String getName() { return name; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getPoliticalStatus() { return politicalStatus; }
    public String getWorkUnit() { return workUnit; }
    public String getPostTitle() { return postTitle; }
    public boolean isSettledAbroad() { return settledAbroad; }
    public String getAbroadCountry() { return abroadCountry; }
    public LocalDate getSettledSince() { return settledSince; }
}
