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

/** A positive or negative tag (正向/负向标签) with the reason and who tagged, when. */
@Entity
@Table(name = "cadre_tag")
public class Tag implements FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TagPolarity polarity;
    private String label;
    private String reason;
    private LocalDate taggedOn;
    private String taggedBy;

    protected Tag() {
    }

    Tag(TagForm f, LocalDate today, String by) {
        polarity = f.getPolarity();
        label = f.getLabel().trim();
        reason = f.getReason().trim();
        taggedOn = today;
        taggedBy = by;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("polarity", polarity);
        m.put("label", label);
        m.put("reason", reason);
        m.put("taggedOn", taggedOn);
        m.put("taggedBy", taggedBy);
        return m;
    }

    @Override
    public Long getId() { return id; }
    public TagPolarity getPolarity() { return polarity; }
    public String getLabel() { return label; }
    public String getReason() { return reason; }
    public LocalDate getTaggedOn() { return taggedOn; }
    public String getTaggedBy() { return taggedBy; }
}
