package cn.zhishi.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the 实绩报告登记表: the planned or ad-hoc work, what was done, how far it got. */
@Entity
@Table(name = "report_item")
public class ReportItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @jakarta.persistence.Column(name = "item_order")
    private int position;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private String title;
    private String done;
    @Enumerated(EnumType.STRING)
    private Completion completion;
    private String evidence;

    protected ReportItem() {
    }

    ReportItem(int position, ItemKind kind, String title, String done, Completion completion, String evidence) {
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.done = done;
        this.completion = completion;
        this.evidence = evidence;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDone() { return done; }
    public Completion getCompletion() { return completion; }
    public String getEvidence() { return evidence; }
}
