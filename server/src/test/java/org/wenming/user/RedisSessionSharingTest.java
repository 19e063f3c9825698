package org.wenming.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.org.OrgUnitService;
import org.wenming.support.AdminApi;
import org.wenming.support.AppInstance;
import org.wenming.support.EmbeddedRedis;

/**
 * Two instances over one real Redis (the {@code redis} profile of {@code prod}) behave as one: a session
 * opened on one is valid on the other, a logout or an ended device on one ends it everywhere, caches live in Redis; sign-in
 * counters (in the shared database) hold over both.
 */
class RedisSessionSharingTest {

    private static AppInstance first;
    private static AppInstance second;

    @BeforeAll
    static void startTwoInstances() {
        String redisPort = "spring.data.redis.port=" + EmbeddedRedis.port();
        // Behind one address, as in production: the URLs inside cached answers are the same on both.
        String publicAddress = "wenming.public-base-url=https://wenming.example.cn";
        first = AppInstance.start(List.of("redis"), redisPort, publicAddress);
        second = AppInstance.start(List.of("redis"), redisPort, publicAddress);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void sessionOpenedOnOneInstanceWorksOnTheOtherUntilLogout() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.send(
                first,
                "POST",
                "/api/admin/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + AdminApi.ADMIN_PASSWORD + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);

        assertThat(browser.send(second, "GET", "/api/admin/v1/auth/me", null).body())
                .contains("\"username\":\"admin\"");
        assertThat(first.bean(StringRedisTemplate.class).keys("wenming:session:sessions:*"))
                .isNotEmpty();

        browser.send(second, "GET", "/api/admin/v1/auth/csrf", null);
        assertThat(browser.send(second, "POST", "/api/admin/v1/auth/logout", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(browser.send(first, "GET", "/api/admin/v1/auth/me", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void thirtyParallelSignInsOverBothInstancesGetNoMoreThanTheFiveAllowedGuesses() throws Exception {
        String username = newEditor();
        ExecutorService attackers = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            AppInstance instance = i % 2 == 0 ? first : second;
            String body = "{\"username\":\"" + username + "\",\"password\":\"wrong-" + i + "\"}";
            answers.add(attackers.submit(() -> {
                start.await();
                return new Browser()
                        .send(instance, "POST", "/api/admin/v1/auth/login", body)
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES));
        }
        attackers.shutdown();

        assertThat(statuses).containsOnly(401, 423);
        // Five passwords checked: four wrong ones answered 401, the fifth locks (423) as do all the others.
        assertThat(statuses.stream().filter(status -> status == 401)).hasSize(4);
        assertThat(statuses.stream().filter(status -> status == 423)).hasSize(26);
        assertThat(new Browser()
                        .send(second, "POST", "/api/admin/v1/auth/login", credentials(username, AdminApi.USER_PASSWORD))
                        .statusCode())
                .isEqualTo(423);
    }

    @Test
    void aPasswordResetOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        String username = newEditor();
        Browser editor = new Browser();
        editor.send(first, "POST", "/api/admin/v1/auth/login", credentials(username, AdminApi.USER_PASSWORD));
        assertThat(editor.send(first, "GET", "/api/admin/v1/auth/me", null).statusCode())
                .isEqualTo(200);
        Browser admin = signedInAdmin(second);
        long id = first.bean(AdminUserService.class)
                .findByUsername(username)
                .orElseThrow()
                .getId();

        assertThat(admin.send(
                                second,
                                "POST",
                                "/api/admin/v1/users/" + id + "/password",
                                "{\"password\":\"new-password-456\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(editor.send(first, "GET", "/api/admin/v1/auth/me", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aSessionEndedFromTheDeviceListOnOneInstanceIsSignedOutOnTheOther() throws Exception {
        String username = newEditor();
        Browser office = new Browser();
        office.send(first, "POST", "/api/admin/v1/auth/login", credentials(username, AdminApi.USER_PASSWORD));
        Browser home = new Browser();
        home.send(second, "POST", "/api/admin/v1/auth/login", credentials(username, AdminApi.USER_PASSWORD));
        home.send(second, "GET", "/api/admin/v1/auth/csrf", null);

        JsonNode listed = new ObjectMapper()
                .readTree(home.send(second, "GET", "/api/admin/v1/auth/sessions", null)
                        .body());
        assertThat(listed).hasSize(2);
        String officeId = StreamSupport.stream(listed.spliterator(), false)
                .filter(session -> !session.get("current").asBoolean())
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText();
        assertThat(home.send(second, "DELETE", "/api/admin/v1/auth/sessions/" + officeId, null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(office.send(first, "GET", "/api/admin/v1/auth/me", null).statusCode())
                .isEqualTo(401);
        assertThat(home.send(first, "GET", "/api/admin/v1/auth/me", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void residentsReadTheSameCachedPagesFromEitherInstance() throws Exception {
        Browser resident = new Browser();
        HttpResponse<String> fromFirst = resident.send(first, "GET", "/api/mini/v1/home", null);
        HttpResponse<String> fromSecond = resident.send(second, "GET", "/api/mini/v1/home", null);

        assertThat(fromFirst.statusCode()).isEqualTo(200);
        assertThat(fromSecond.body()).isEqualTo(fromFirst.body());
        assertThat(second.bean(StringRedisTemplate.class).keys("wenming:cache:public-reads*"))
                .isNotEmpty();
    }

    @Test
    void cachedFestivalRulesLiveInRedis() throws Exception {
        new Browser().send(first, "GET", "/api/mini/v1/festivals?year=2027", null);

        StringRedisTemplate redis = second.bean(StringRedisTemplate.class);
        assertThat(redis.keys("wenming:cache:festival-definitions*")).isNotEmpty();
    }

    /** A new editor, created by the administrator on the first instance. */
    private static String newEditor() throws Exception {
        String username = "parallel-" + System.nanoTime();
        long unitId = first.bean(OrgUnitService.class)
                .findByCode("xin-zhen")
                .orElseThrow()
                .getId();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"并发测试\",\"orgUnitId\":" + unitId
                + ",\"roles\":[\"EDITOR\"],\"password\":\"" + AdminApi.USER_PASSWORD + "\"}";
        assertThat(signedInAdmin(first)
                        .send(first, "POST", "/api/admin/v1/users", body)
                        .statusCode())
                .isEqualTo(201);
        return username;
    }

    private static Browser signedInAdmin(AppInstance instance) throws Exception {
        Browser admin = new Browser();
        admin.send(instance, "POST", "/api/admin/v1/auth/login", credentials("admin", AdminApi.ADMIN_PASSWORD));
        admin.send(instance, "GET", "/api/admin/v1/auth/csrf", null);
        return admin;
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    /** Keeps cookies like a browser behind a load balancer: both instances are the same site. */
    private static final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> send(AppInstance instance, String method, String path, String json)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json");
            cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst()
                    .ifPresent(c -> request.header("X-XSRF-TOKEN", c.getValue()));
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
