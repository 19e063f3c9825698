package org.wenming.common.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Answers the {@link FastRead}s after Boot's own servlet filters (request observation, encoding, request
 * context: a fast answer is measured and links to the address its client reached) and before Spring
 * Security's filter chain and MVC: for a cached public read those cost more than the read itself (the
 * firewall, the chains' matchers, handler lookup and binding). What the security chain adds to such an
 * answer, its headers, is written by that chain's own header filter ({@code securityHeaders}), so a fast
 * answer carries exactly the headers of the same answer through the chain. The firewall is not needed here:
 * a fast read only answers exact, plain paths, which it would let pass.
 */
public class FastLane extends HttpFilter {

    /** Just before Spring Security's chain, after Boot's filters (its request context filter is at -105). */
    public static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 1;

    private final List<FastRead> reads;
    private final Filter securityHeaders;

    public FastLane(List<FastRead> reads, Filter securityHeaders) {
        this.reads = reads;
        this.securityHeaders = securityHeaders;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        FastRead.Answer answer = answer(request);
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(answer.pathPattern()));
        securityHeaders.doFilter(
                request,
                response,
                (req, res) ->
                        AnswerWriter.write(answer.response(), (HttpServletRequest) req, (HttpServletResponse) res));
    }

    private FastRead.Answer answer(HttpServletRequest request) {
        for (FastRead read : reads) {
            try {
                FastRead.Answer answer = read.read(request);
                if (answer != null) {
                    return answer;
                }
            } catch (RuntimeException e) {
                // The chain's controller does the same work again and reports the failure as it always does.
                return null;
            }
        }
        return null;
    }
}
