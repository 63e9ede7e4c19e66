package cn.zhishi.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** 任职: a cadre holds a post from {@code startDate} to {@code endDate} (inclusive; open while held). */
@Entity
@Table(name = "tenure")
public class Tenure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private Long cadreId;
    private Long postId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String documentNo;

    protected Tenure() {
    }

    Tenure(long cadreId, TenureForm f) {
        this.cadreId = cadreId;
        this.postId = f.getPostId();
        this.startDate = f.getStartDate();
        this.endDate = f.getEndDate();
        this.documentNo = Text.orNull(f.getDocumentNo());
    }

    /** 免职: ends the tenure on {@code day} (the last day in post). */
    void end(LocalDate day) {
        this.endDate = day;
    }

    public DateRange range() {
        return new DateRange(startDate, endDate);
    }

    public boolean isHeldOn(LocalDate day) {
        return range().contains(day);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("postId", postId);
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        m.put("documentNo", documentNo);
        return m;
    }

    public Long getId() { return id; }
    public Long getCadreId() { return cadreId; }
    public Long getPostId() { return postId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getDocumentNo() { return documentNo; }
}
