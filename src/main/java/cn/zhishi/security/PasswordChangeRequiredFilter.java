package cn.zhishi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was generated or reset by someone else must choose their own before doing
 * anything else: pages redirect to the change form, the API answers 403.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ZhishiPrincipal p && p.mustChangePassword()
                && !allowed(request.getRequestURI())) {
            if (request.getRequestURI().startsWith("/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"title\":\"Password change required\",\"status\":403,"
                        + "\"detail\":\"sign in to the web application and choose a new password first\"}");
            } else {
                response.sendRedirect(CHANGE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String uri) {
        return uri.equals(CHANGE_PAGE) || uri.equals("/logout") || uri.startsWith("/webjars/")
                || uri.startsWith("/css/") || uri.startsWith("/js/") || uri.equals("/error");
    }
}
