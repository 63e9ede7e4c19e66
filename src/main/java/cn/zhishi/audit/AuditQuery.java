package cn.zhishi.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Auditor's filters. Dates are calendar days in China Standard Time. */
record AuditQuery(String actor, String entityType, String entityId, String action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
}
