package cn.zhishi.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** 学历学位: full-time or in-service education. */
@Entity
@Table(name = "cadre_education")
public class Education implements FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private StudyMode studyMode;
    private String educationLevel;
    private String degree;
    private String school;
    private String major;
    private LocalDate startDate;
    private LocalDate endDate;

    protected Education() {
    }

    Education(EducationForm f) {
        studyMode = f.getStudyMode();
        educationLevel = f.getEducationLevel();
        degree = Text.orNull(f.getDegree());
        school = f.getSchool().trim();
        major = Text.orNull(f.getMajor());
        startDate = f.getStartDate();
        endDate = f.getEndDate();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("studyMode", studyMode);
        m.put("educationLevel", educationLevel);
        m.put("degree", degree);
        m.put("school", school);
        m.put("major", major);
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        return m;
    }

    @Override
    public Long getId() { return id; }
    public StudyMode getStudyMode() { return studyMode; }
    public String getEducationLevel() { return educationLevel; }
    public String getDegree() { return degree; }
    public String getSchool() { return school; }
    public String getMajor() { return major; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
