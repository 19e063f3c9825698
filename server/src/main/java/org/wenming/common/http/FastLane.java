package org.wenming.common.http;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers the {@link FastRead}s in Tomcat's pipeline, before the servlet filter chain is even built: for a
 * cached public read the chain cost more than the read itself (building the chain locks the context's filter
 * table once per filter, which on two cores under load convoys a hundred threads; then each filter, the
 * request observation, the security chains, MVC's handler lookup and binding). What the chain would add to
 * such an answer is done here instead: the request context (absolute links name the address the client
 * reached), the security chain's headers, written by that chain's own header filter so a fast answer carries
 * exactly the headers of the same answer through the chain, and the request metrics ({@link AnswerMetrics}).
 * Only paths under {@code pathPrefixes} are offered to the reads; everything else, and whatever a read
 * declines or fails on, goes on down the pipeline to the chain and its controller, which reports failures.
 */
public class FastLane extends ValveBase {

    private final List<String> pathPrefixes;
    private final Supplier<Parts> partsSource;
    private volatile Parts parts;

    /**
     * {@code parts} is asked on the first request: the valve is made with the web server, before the beans
     * that answer can be (MVC's need the started servlet context).
     */
    public FastLane(List<String> pathPrefixes, Supplier<Parts> parts) {
        super(true);
        this.pathPrefixes = List.copyOf(pathPrefixes);
        this.partsSource = parts;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        long started = System.nanoTime();
        HttpServletRequest servletRequest = request.getRequest();
        HttpServletResponse servletResponse = response.getResponse();
        if (!offered(request.getRequestURI())) {
            getNext().invoke(request, response);
            return;
        }
        Parts lane = parts();
        FastRead.Answer answer = answer(lane.reads(), servletRequest, servletResponse);
        if (answer == null) {
            getNext().invoke(request, response);
            return;
        }
        // The status first: the metrics count the answer by it before a byte reaches the client.
        servletResponse.setStatus(answer.response().getStatusCode().value());
        Timer timer = lane.metrics().counted(servletRequest, servletResponse, answer.pathPattern());
        lane.securityHeaders()
                .doFilter(
                        servletRequest,
                        servletResponse,
                        (req, res) -> AnswerWriter.write(
                                answer.response(), (HttpServletRequest) req, (HttpServletResponse) res));
        timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private boolean offered(String path) {
        for (String prefix : pathPrefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private Parts parts() {
        Parts resolved = parts;
        if (resolved == null) {
            resolved = partsSource.get();
            parts = resolved;
        }
        return resolved;
    }

    private static FastRead.Answer answer(
            List<FastRead> reads, HttpServletRequest request, HttpServletResponse response) {
        ServletRequestAttributes attributes = new ServletRequestAttributes(request, response);
        RequestContextHolder.setRequestAttributes(attributes);
        try {
            for (FastRead read : reads) {
                FastRead.Answer answer = read.read(request);
                if (answer != null) {
                    return answer;
                }
            }
            return null;
        } catch (RuntimeException e) {
            // The chain's controller does the same work again and reports the failure as it always does.
            return null;
        } finally {
            RequestContextHolder.resetRequestAttributes();
            attributes.requestCompleted();
        }
    }

    /** The reads it asks in turn, the security chain's header filter and the request metrics. */
    public record Parts(List<FastRead> reads, Filter securityHeaders, AnswerMetrics metrics) {}

    /** The request metrics of fast answers, under the same names and tags as answers through the chain. */
    @FunctionalInterface
    public interface AnswerMetrics {

        /** The counter of fast answers per path pattern, which tells how much traffic skips the chain. */
        String FAST_ANSWERS = "wenming.fast.answers";

        /**
         * Counts an answer about to be written (its status set) and gives the timer its request is recorded
         * in once written.
         */
        Timer counted(HttpServletRequest request, HttpServletResponse response, String pathPattern);
    }
}
