package cn.zhishi.audit;

import java.util.List;

record AuditPage(List<StoredAuditRecord> rows, long total, int page, int size) {

    int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
