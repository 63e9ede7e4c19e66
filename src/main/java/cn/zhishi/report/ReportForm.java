package cn.zhishi.report;

import java.util.ArrayList;
import java.util.List;

/** The report as edited on the page (and autosaved). */
public class ReportForm {

    private Grade selfGrade;
    private String selfAppraisal;
    private List<Row> items = new ArrayList<>();

    public static ReportForm of(ReportView v) {
        ReportForm f = new ReportForm();
        f.selfGrade = v.report().getSelfGrade();
        f.selfAppraisal = v.report().getSelfAppraisal();
        for (ReportItem i : v.items()) {
            Row r = new Row();
            r.setKind(i.getKind());
            r.setTitle(i.getTitle());
            r.setDone(i.getDone());
            r.setCompletion(i.getCompletion());
            r.setEvidence(i.getEvidence());
            f.items.add(r);
        }
        return f;
    }

    /** Adds blank rows so there is always room for ad-hoc work. */
    public ReportForm withBlankRows(int n) {
        for (int i = 0; i < n; i++) {
            Row r = new Row();
            r.setKind(ItemKind.ADHOC);
            r.setCompletion(Completion.IN_PROGRESS);
            items.add(r);
        }
        return this;
    }

    List<ItemDraft> drafts() {
        return items.stream().map(r -> new ItemDraft(r.kind, r.title, r.done, r.completion, r.evidence)).toList();
    }

    public Grade getSelfGrade() { return selfGrade; }
    public void setSelfGrade(Grade selfGrade) { this.selfGrade = selfGrade; }
    public String getSelfAppraisal() { return selfAppraisal; }
    public void setSelfAppraisal(String selfAppraisal) { this.selfAppraisal = selfAppraisal; }
    public List<Row> getItems() { return items; }
    public void setItems(List<Row> items) { this.items = items; }

    public static class Row {
        private ItemKind kind;
        private String title;
        private String done;
        private Completion completion;
        private String evidence;

        public ItemKind getKind() { return kind; }
        public void setKind(ItemKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDone() { return done; }
        public void setDone(String done) { this.done = done; }
        public Completion getCompletion() { return completion; }
        public void setCompletion(Completion completion) { this.completion = completion; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
    }
}
