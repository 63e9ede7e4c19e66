package cn.zhishi.report;

/** One item as typed in the form or API. */
public record ItemDraft(ItemKind kind, String title, String done, Completion completion, String evidence) {

    boolean isBlank() {
        return (title == null || title.isBlank()) && (done == null || done.isBlank());
    }
}
