package org.wenming.common.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the session's snapshot of the administrator with their current account state, and ends the
 * session of an account that was disabled or deleted, whose session version moved on since the session
 * was opened, or whose sign-in record was ended ({@link SessionRecords}). The session keeps its login-time
 * snapshot (the refreshed one is not saved), and the version and record are read from the shared database,
 * so a session ends on every instance at its next request.
 */
class ActorRefreshFilter extends OncePerRequestFilter {

    private final ActorLoader loader;
    private final SessionRecords records;

    public ActorRefreshFilter(ActorLoader loader, SessionRecords records) {
        this.loader = loader;
        this.records = records;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor stale) {
            HttpSession session = request.getSession(false);
            Optional<Actor> fresh = loader.load(stale.id())
                    .filter(current -> current.sessionVersion() == stale.sessionVersion())
                    .filter(current -> session != null
                            && records.confirm((String) session.getAttribute(SessionRecords.ATTRIBUTE)));
            if (fresh.isPresent()) {
                SecurityContextHolder.getContext().setAuthentication(fresh.get().authentication());
            } else {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/admin/");
    }
}
