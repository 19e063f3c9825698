package org.wenming.common.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wenming.support.AdminApi;
import org.wenming.support.AppInstance;
import org.wenming.support.EmbeddedRedis;
import org.wenming.support.SwitchableProxy;
import org.wenming.support.TestProfiles;

/**
 * An instance under the {@code redis} profile whose Redis goes away (a proxy in front of the embedded one,
 * switched off): residents keep reading from the database, what needs Redis answers 503 problem+json at once,
 * health says DEGRADED, and everything works again once Redis is back.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
class RedisOutageTest {

    /** Far below Lettuce's 60 s default: a read that waited on Redis would miss it. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static SwitchableProxy proxy;
    private static AppInstance app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startOnRedisBehindProxy() {
        proxy = new SwitchableProxy(EmbeddedRedis.port());
        app = AppInstance.start(
                List.of("redis"),
                "spring.data.redis.port=" + URI.create(proxy.url()).getPort(),
                "spring.data.redis.database=6",
                "wenming.redis.open-for=1s");
    }

    @AfterAll
    static void stop() {
        app.close();
        proxy.close();
    }

    @AfterEach
    void redisBack() {
        proxy.up();
    }

    @Test
    void publicReadsComeFromTheDatabaseWhileSignInsAnswer503() throws Exception {
        // Before the outage, not bounded: an instance's first read builds its caches, slow on a loaded machine.
        assertThat(get("/api/mini/v1/home", Duration.ofMinutes(1)).statusCode()).isEqualTo(200);

        proxy.down();

        for (int round = 0; round < 3; round++) {
            for (String path : List.of(
                    "/api/mini/v1/home",
                    "/api/mini/v1/contents",
                    "/api/mini/v1/contents/stats?ids=1",
                    "/api/mini/v1/search?q=%E6%96%87%E6%98%8E")) {
                assertThat(get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
        HttpResponse<String> login = post(
                "/api/admin/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + AdminApi.ADMIN_PASSWORD + "\"}");
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(login.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(login.body()).get("code").asText()).isEqualTo("REDIS_UNAVAILABLE");
        assertThat(post("/api/mini/v1/auth/login", "{\"code\":\"redis-outage\"}")
                        .statusCode())
                .isEqualTo(503);
        JsonNode health = json.readTree(get("/actuator/health").body());
        assertThat(health.at("/components/redis/status").asText()).isEqualTo("DEGRADED");
    }

    @Test
    void signInsWorkAgainOnceRedisIsBack() throws Exception {
        proxy.down();
        get("/api/mini/v1/home");
        proxy.up();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            Thread.sleep(200);
            status = post(
                            "/api/admin/v1/auth/login",
                            "{\"username\":\"admin\",\"password\":\"" + AdminApi.ADMIN_PASSWORD + "\"}")
                    .statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
        JsonNode health = json.readTree(get("/actuator/health").body());
        assertThat(health.at("/components/redis/status").asText()).isEqualTo("UP");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, BOUND);
    }

    private HttpResponse<String> get(String path, Duration timeout) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                        .timeout(timeout)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                        .timeout(BOUND)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
