package org.wenming.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import org.springframework.core.env.Environment;
import org.wenming.common.http.FastLane;

/**
 * Real HTTP to the test server for the fast lane, a Tomcat valve that MockMvc never passes: whether the lane
 * gave an answer (its counter of fast answers moved, which it does before writing), and the assertion that
 * its answers are the controller's: same status, headers (but the clock's Date) and bytes.
 */
public class SameAnswer {

    private final Environment environment;
    private final MeterRegistry metrics;
    private final HttpClient http = HttpClient.newHttpClient();

    public SameAnswer(Environment environment, MeterRegistry metrics) {
        this.environment = environment;
        this.metrics = metrics;
    }

    /** An answer over HTTP, and whether the fast lane gave it. */
    public record Answer(HttpResponse<byte[]> response, boolean fast) {

        public int status() {
            return response.statusCode();
        }

        public byte[] body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** GET {@code path}; {@code headers} are names and values in turn. */
    public Answer get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        double before = fastAnswers();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response, fastAnswers() > before);
    }

    public static void assertSameAnswer(Answer fast, Answer viaChain, String what) {
        assertThat(fast.fast()).as("%s in the fast lane", what).isTrue();
        assertThat(viaChain.fast()).as("%s through the chain", what).isFalse();
        assertThat(fast.status()).as(what).isEqualTo(viaChain.status());
        assertThat(headers(fast.response())).as(what).isEqualTo(headers(viaChain.response()));
        assertThat(fast.body()).as(what).isEqualTo(viaChain.body());
    }

    /**
     * A request count once the last answers are in it: the chain's observation records a request when the
     * filters return, which can be after its client has read the whole answer.
     */
    public static double settled(DoubleSupplier count) throws InterruptedException {
        double last = count.getAsDouble();
        for (int unchanged = 0, tries = 0; unchanged < 5 && tries < 100; tries++) {
            Thread.sleep(20);
            double now = count.getAsDouble();
            unchanged = now == last ? unchanged + 1 : 0;
            last = now;
        }
        return last;
    }

    private double fastAnswers() {
        return metrics.find(FastLane.AnswerMetrics.FAST_ANSWERS).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
