package cn.zhishi.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Where a write came from. */
public enum AuditChannel {
    WEB, API, IMPORT, SYSTEM;

    private static final String ATTRIBUTE = AuditChannel.class.getName();

    /** Marks the current request's writes as coming through this channel (e.g. an import page). */
    public void applyTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static AuditChannel of(HttpServletRequest request) {
        if (request == null) {
            return SYSTEM;
        }
        Object marked = request.getAttribute(ATTRIBUTE);
        if (marked instanceof AuditChannel c) {
            return c;
        }
        return request.getRequestURI().startsWith("/api/") ? API : WEB;
    }

    static Object markedOnCurrentRequest() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        return attrs == null ? null : attrs.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
