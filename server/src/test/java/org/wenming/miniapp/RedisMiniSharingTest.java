package org.wenming.miniapp;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wenming.content.PublicReadCache;
import org.wenming.miniapp.action.ViewFlusher;
import org.wenming.support.AppInstance;
import org.wenming.support.EmbeddedRedis;
import org.wenming.support.MiniApi;
import org.wenming.support.WeChatStub;

/**
 * Two instances over one Redis (the {@code redis} profile of {@code prod}) serve residents as one: a resident
 * token issued by one works on the other and a logout ends it on both, WeChat's access token is fetched once
 * and shared, rate limits and view counts are common, and so are the cached public reads and their ETags.
 */
class RedisMiniSharingTest {

    /** An app id of its own, so the stub's token requests of this pair can be told from everyone else's. */
    private static final String APPID = MiniApi.unique("wx-pair-");

    private static AppInstance first;
    private static AppInstance second;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoInstances() {
        String[] properties = {
            "spring.data.redis.port=" + EmbeddedRedis.port(),
            "wenming.wechat.appid=" + APPID,
            "wenming.miniapp.rate-limits.login.per-ip=1000",
            // Behind one address, as in production: the URLs inside cached answers are the same on both.
            "wenming.public-base-url=https://wenming.example.cn"
        };
        first = AppInstance.start(List.of("redis"), properties);
        second = AppInstance.start(List.of("redis"), properties);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void aResidentTokenWorksOnBothInstancesAndOneAccessTokenServesThem() throws Exception {
        String token = login(first, MiniApi.unique("code")).get("token").asText();

        HttpResponse<String> me = send(second, "GET", "/api/mini/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        login(second, MiniApi.unique("code"));

        assertThat(WeChatStub.server()
                        .countRequestsMatching(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))
                                .withRequestBody(matchingJsonPath("$.appid", equalTo(APPID)))
                                .build())
                        .getCount())
                .isEqualTo(1);
        StringRedisTemplate redis = first.bean(StringRedisTemplate.class);
        assertThat(redis.hasKey("wenming:wechat:access_token:" + APPID)).isTrue();
        assertThat(redis.keys("wenming:resident-token:*")).isNotEmpty();

        assertThat(send(second, "POST", "/api/mini/v1/auth/logout", token).statusCode())
                .isEqualTo(204);
        assertThat(send(first, "GET", "/api/mini/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void rateLimitsCountRequestsOnEitherInstance() throws Exception {
        String code = MiniApi.unique("code");
        login(first, code);
        login(second, code);
        login(first, code);

        HttpResponse<String> refused =
                send(second, "POST", "/api/mini/v1/auth/login", null, "{\"code\":\"" + code + "\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("RATE_LIMITED");
    }

    @Test
    void viewsAreCountedOnceAcrossInstancesAndFlushedByOne() throws Exception {
        String token = login(first, MiniApi.unique("code")).get("token").asText();
        long id = json.readTree(send(first, "GET", "/api/mini/v1/contents?size=1&kind=AUDIO", null)
                        .body())
                .at("/items/0/id")
                .asLong();
        long before = views(second, id);

        assertThat(send(first, "POST", "/api/mini/v1/contents/" + id + "/views", token)
                        .body())
                .contains("true");
        assertThat(send(second, "POST", "/api/mini/v1/contents/" + id + "/views", token)
                        .body())
                .contains("false");
        assertThat(views(second, id)).isEqualTo(before + 1);

        first.bean(ViewFlusher.class).flush();
        assertThat(second.bean(ViewFlusher.class).flush()).isZero();
        assertThat(views(first, id)).isEqualTo(before + 1);
    }

    @Test
    void aChangeCommittedOnOneInstanceGivesTheOtherNewBytesAndANewETag() throws Exception {
        long id = json.readTree(send(first, "GET", "/api/mini/v1/contents?size=1&kind=POSTER", null)
                        .body())
                .at("/items/0/id")
                .asLong();
        String url = "/api/mini/v1/contents/" + id;
        HttpResponse<String> fromFirst = send(first, "GET", url, null);
        HttpResponse<String> fromSecond = send(second, "GET", url, null);
        assertThat(fromSecond.body()).isEqualTo(fromFirst.body());
        assertThat(etag(fromSecond)).isEqualTo(etag(fromFirst));
        assertThat(first.bean(StringRedisTemplate.class).keys("wenming:cache:public-reads::mini-body:*:detail:" + id))
                .hasSize(1);

        // Both instances share the database: the second changes the item and clears the public reads, as an
        // edit does once it commits.
        JdbcTemplate database = second.bean(JdbcTemplate.class);
        String title = json.readTree(fromFirst.body()).get("title").asText();
        try {
            database.update("UPDATE content SET title = ? WHERE id = ?", title + "（修订）", id);
            second.bean(PublicReadCache.class).clearAfterCommit();

            HttpResponse<String> changed = send(first, "GET", url, null);
            assertThat(json.readTree(changed.body()).get("title").asText()).isEqualTo(title + "（修订）");
            assertThat(etag(changed)).isNotEqualTo(etag(fromFirst));
        } finally {
            database.update("UPDATE content SET title = ? WHERE id = ?", title, id);
            second.bean(PublicReadCache.class).clearAfterCommit();
        }
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private long views(AppInstance instance, long id) throws Exception {
        return json.readTree(send(instance, "GET", "/api/mini/v1/contents/" + id + "/stats", null)
                        .body())
                .get("views")
                .asLong();
    }

    private JsonNode login(AppInstance instance, String code) throws Exception {
        HttpResponse<String> response =
                send(instance, "POST", "/api/mini/v1/auth/login", null, "{\"code\":\"" + code + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(AppInstance instance, String method, String path, String token)
            throws IOException, InterruptedException {
        return send(instance, method, path, token, null);
    }

    private HttpResponse<String> send(AppInstance instance, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
