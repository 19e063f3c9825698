package org.wenming.common.redis;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.error.Problems;

/**
 * Runs before the session filter: while Redis is away the admin APIs (whose sessions live there) answer 503
 * problem+json at once, and any request that still fails for want of Redis (a session read or saved after
 * the handler) answers the same instead of a 500.
 */
class RedisGuardFilter extends OncePerRequestFilter {

    /** Before Spring Session's filter (Integer.MIN_VALUE + 50), which reads and saves sessions in Redis. */
    static final int ORDER = Integer.MIN_VALUE + 40;

    private static final String SESSION_APIS = "/api/admin/";

    private final RedisBreaker breaker;
    private final ObjectMapper mapper;

    RedisGuardFilter(RedisBreaker breaker, ObjectMapper mapper) {
        this.breaker = breaker;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (breaker.isOpen() && request.getRequestURI().startsWith(SESSION_APIS)) {
            unavailable(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!RedisFailures.isRedisFailure(e) || response.isCommitted()) {
                throw e;
            }
            breaker.failed(e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
            response.resetBuffer();
            unavailable(response);
        }
    }

    private void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(breaker.retryAfterSeconds()));
        Problems.write(response, mapper, ErrorCode.REDIS_UNAVAILABLE);
    }
}
