package cn.zhishi.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of the résumé (简历): a period and what the cadre did. */
@Entity
@Table(name = "cadre_resume_entry")
public class ResumeEntry implements FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate startDate;
    private LocalDate endDate;
    private String description;

    protected ResumeEntry() {
    }

    ResumeEntry(ResumeEntryForm f) {
        startDate = f.getStartDate();
        endDate = f.getEndDate();
        description = f.getDescription().trim();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        m.put("description", description);
        return m;
    }

    @Override
    public Long getId() { return id; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getDescription() { return description; }
}
