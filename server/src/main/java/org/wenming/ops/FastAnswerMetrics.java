package org.wenming.ops;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationProperties;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.wenming.common.http.FastLane;

/**
 * The request metrics of the fast lane's answers: the same {@code http.server.requests} timer, with the same
 * tags (from the one convention, {@link ApiFamilyObservationConvention}, and no error) as the observation
 * records for an answer through the chain, so a chart cannot tell which way a request went; and a counter of
 * fast answers per path pattern ({@value FastLane.AnswerMetrics#FAST_ANSWERS}), which can. Timers are resolved once per method,
 * pattern and status: an observation per request built its tags and looked its meters up each time, a sixth
 * of a station poll's CPU. Fast answers take well under a millisecond, so they are left out of the
 * in-flight {@code .active} timer.
 */
@Component
class FastAnswerMetrics implements FastLane.AnswerMetrics {

    private final MeterRegistry registry;
    private final ApiFamilyObservationConvention convention;
    private final String timerName;
    private final Map<Key, Meters> meters = new ConcurrentHashMap<>();

    FastAnswerMetrics(
            MeterRegistry registry, ApiFamilyObservationConvention convention, ObservationProperties observations) {
        this.registry = registry;
        this.convention = convention;
        this.timerName = observations.getHttp().getServer().getRequests().getName();
    }

    @Override
    public Timer counted(HttpServletRequest request, HttpServletResponse response, String pathPattern) {
        Key key = new Key(request.getMethod(), pathPattern, response.getStatus());
        Meters found = meters.get(key);
        if (found == null) {
            found = meters.computeIfAbsent(key, absent -> register(request, response, pathPattern));
        }
        found.fastAnswers().increment();
        return found.timer();
    }

    private Meters register(HttpServletRequest request, HttpServletResponse response, String pathPattern) {
        ServerRequestObservationContext context = new ServerRequestObservationContext(request, response);
        context.setPathPattern(pathPattern);
        List<Tag> tags = new ArrayList<>();
        for (KeyValue value : convention.getLowCardinalityKeyValues(context)) {
            tags.add(Tag.of(value.getKey(), value.getValue()));
        }
        tags.add(Tag.of("error", "none"));
        return new Meters(
                Timer.builder(timerName).tags(tags).register(registry),
                Counter.builder(FAST_ANSWERS)
                        .description("Requests answered before the filter chain")
                        .tag("uri", pathPattern)
                        .register(registry));
    }

    private record Key(String method, String pathPattern, int status) {}

    private record Meters(Timer timer, Counter fastAnswers) {}
}
