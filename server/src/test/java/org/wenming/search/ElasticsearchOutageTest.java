package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wenming.content.ContentFields;
import org.wenming.content.ContentKind;
import org.wenming.content.ContentService;
import org.wenming.org.OrgUnitService;
import org.wenming.support.AdminApi;
import org.wenming.support.AppInstance;
import org.wenming.support.ContentSamples;
import org.wenming.support.EmbeddedElasticsearch;
import org.wenming.support.SwitchableProxy;
import org.wenming.support.TestProfiles;

/**
 * A whole server on the {@code elasticsearch} profile, talking to the real test node through a proxy the
 * test switches off: publishing goes on, search answers from the database (flagged), and once the engine
 * is back the outbox catches up until the index equals the database. The server has its own in-memory
 * database, so the shared test context's poller never takes its outbox rows.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
class ElasticsearchOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static SwitchableProxy proxy;
    private static AppInstance app;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final Browser browser = new Browser();
    private final Browser editor = new Browser();
    private final Browser reviewer = new Browser();

    @BeforeAll
    static void startServerOnElasticsearch() {
        proxy = new SwitchableProxy(EmbeddedElasticsearch.port());
        app = AppInstance.start(
                List.of("elasticsearch"),
                "spring.datasource.url=jdbc:h2:mem:wenming-es;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "spring.datasource.username=sa",
                "spring.datasource.password=",
                "wenming.search.elasticsearch.uris=" + proxy.url(),
                "wenming.search.elasticsearch.index=outage-" + UUID.randomUUID(),
                "wenming.search.elasticsearch.replicas=0",
                "wenming.search.elasticsearch.connect-timeout=500ms",
                "wenming.search.sync-interval=200ms",
                "wenming.search.retry-initial=200ms",
                "wenming.search.retry-max=1s",
                "wenming.search.engine-retry-after=300ms",
                "wenming.search.reindex-if-empty=true");
    }

    @AfterAll
    static void stop() {
        app.close();
        proxy.close();
    }

    @Test
    void engineDownDuring200PublishesLosesNothing() throws Exception {
        awaitIndexEqualsDatabase();
        ContentService contents = app.bean(ContentService.class);
        long unitId = app.bean(OrgUnitService.class)
                .findByCode("mingren-sumu")
                .orElseThrow()
                .getId();
        signIn(unitId);
        long edited = publish(ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, "停机前发布的那达慕"));
        long offline = publish(ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, "停机前发布的安代舞"));
        awaitIndexEqualsDatabase();

        proxy.down();
        for (int i = 0; i < 200; i++) {
            Map<String, Object> fields = ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, "停机期间发布第" + i + "号活动");
            assertThat(contents.importPublished(null, "outage-" + i, json.convertValue(fields, ContentFields.class)))
                    .isTrue();
        }
        long duringOutage = publish(ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, "停机期间审核发布的活动"));
        reviewer.edit(edited, "停机期间改名的那达慕");
        // An edit of a published item waits for a second reviewer; the administrator approves it.
        browser.send("POST", "/api/admin/v1/contents/" + edited + "/approve", "{}");
        reviewer.send("POST", "/api/admin/v1/contents/" + offline + "/offline", "{}");
        editor.send("DELETE", "/api/admin/v1/contents/" + offline, null);

        JsonNode degraded = browser.get("/api/mini/v1/search?q=" + encode("停机期间审核发布"));
        assertThat(degraded.get("degraded").asBoolean()).isTrue();
        assertThat(degraded.get("notice").asText()).isNotBlank();
        assertThat(degraded.get("items").findValues("content").stream()
                        .map(c -> c.get("id").asLong()))
                .containsExactly(duringOutage);
        // LIKE's wildcards in the query are matched literally by the fallback; the words beside them make the
        // engine be asked (a query of wildcards alone has no token, so no engine is needed to find nothing).
        assertThat(browser.get("/api/mini/v1/search?q=" + encode("活动\\%_"))
                        .get("degraded")
                        .asBoolean())
                .isTrue();
        JsonNode status = browser.get("/api/admin/v1/search/status");
        assertThat(status.get("available").asBoolean()).isFalse();
        assertThat(status.get("pending").asLong()).isGreaterThanOrEqualTo(203);
        assertThat(status.get("lastError").asText()).isNotBlank();

        proxy.up();
        awaitIndexEqualsDatabase();

        JsonNode found = awaitSearch("停机期间审核发布");
        assertThat(found.get("degraded").asBoolean()).isFalse();
        assertThat(found.get("items").get(0).get("content").get("id").asLong()).isEqualTo(duringOutage);
        assertThat(found.get("items").get(0).get("highlightedTitle").asText()).contains("<em>");
        assertThat(ids(awaitSearch("停机期间改名的那达慕"))).containsExactly(edited);
        // The renamed item still says 停机前发布的 in its summary, so it may match half of this query; the
        // item taken offline and deleted during the outage must not.
        assertThat(ids(awaitSearch("停机前发布的安代舞"))).doesNotContain(offline);
        // 号活动 also partly matches other items about 活动 (one of its two bigrams is enough); the 200
        // published during the outage match all of it and come first, every one of them.
        awaitSearch("号活动");
        List<String> firstTwoHundred = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            browser.get("/api/mini/v1/search?size=50&page=" + page + "&q=" + encode("号活动"))
                    .get("items")
                    .findValues("highlightedTitle")
                    .forEach(title -> firstTwoHundred.add(title.asText().replaceAll("<[^>]+>", "")));
        }
        assertThat(firstTwoHundred)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 200)
                        .mapToObj(i -> "停机期间发布第" + i + "号活动")
                        .toList());
        assertThat(browser.get("/api/admin/v1/search/status").get("pending").asLong())
                .isZero();
    }

    @Test
    void reindexThroughTheAliasOnElasticsearch() throws Exception {
        awaitIndexEqualsDatabase();
        browser.login("admin", AdminApi.ADMIN_PASSWORD);
        String before = app.bean(SearchIndex.class).stats().name();

        long id = browser.send("POST", "/api/admin/v1/search/reindex", null)
                .get("id")
                .asLong();
        await(() -> !browser.getQuietly("/api/admin/v1/search/reindex/" + id)
                .get("status")
                .asText()
                .equals("RUNNING"));

        JsonNode progress = browser.get("/api/admin/v1/search/reindex/" + id);
        assertThat(progress.get("status").asText()).isEqualTo("DONE");
        assertThat(progress.get("indexName").asText())
                .isNotEqualTo(before)
                .isEqualTo(app.bean(SearchIndex.class).stats().name());
        awaitIndexEqualsDatabase();
        assertThat(browser.get("/api/mini/v1/search?q=" + encode("端午")).get("items"))
                .isNotEmpty();
    }

    /** The administrator, and an editor and a reviewer of the unit (nobody reviews their own item). */
    private void signIn(long unitId) throws IOException, InterruptedException {
        browser.login("admin", AdminApi.ADMIN_PASSWORD);
        for (String role : List.of("EDITOR", "REVIEWER")) {
            String username = "outage-" + role.toLowerCase() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            browser.send(
                    "POST",
                    "/api/admin/v1/users",
                    json.writeValueAsString(Map.of(
                            "username",
                            username,
                            "displayName",
                            "停机测试" + role,
                            "orgUnitId",
                            unitId,
                            "roles",
                            List.of(role),
                            "password",
                            AdminApi.USER_PASSWORD)));
            (role.equals("EDITOR") ? editor : reviewer).login(username, AdminApi.USER_PASSWORD);
        }
    }

    private long publish(Map<String, Object> fields) throws IOException, InterruptedException {
        long id = editor.send("POST", "/api/admin/v1/contents", json.writeValueAsString(fields))
                .get("id")
                .asLong();
        editor.send("POST", "/api/admin/v1/contents/" + id + "/submit", null);
        reviewer.send("POST", "/api/admin/v1/contents/" + id + "/approve", "{}");
        reviewer.send("POST", "/api/admin/v1/contents/" + id + "/publish", "{}");
        return id;
    }

    /** Waits until no rebuild runs (the one on start included), the outbox is empty and the index is current. */
    private void awaitIndexEqualsDatabase() throws InterruptedException {
        SearchIndex index = app.bean(SearchIndex.class);
        SearchContentMapper contents = app.bean(SearchContentMapper.class);
        SearchOutboxMapper outbox = app.bean(SearchOutboxMapper.class);
        SearchReindexer reindexer = app.bean(SearchReindexer.class);
        await(() -> {
            try {
                ReindexProgress rebuild = reindexer.latest();
                return (rebuild == null || !rebuild.status().equals("RUNNING"))
                        && outbox.pendingCount() == 0
                        && index.liveVersions().equals(databaseVersions(contents));
            } catch (SearchUnavailableException e) {
                return false;
            }
        });
        assertThat(index.liveVersions()).isEqualTo(databaseVersions(contents));
    }

    private static Map<Long, Long> databaseVersions(SearchContentMapper contents) {
        return contents.publishedVersions().stream()
                .collect(Collectors.toMap(
                        SearchContentMapper.IdVersion::id, v -> v.version().longValue()));
    }

    private JsonNode awaitSearch(String q) throws InterruptedException {
        await(() -> !browser.getQuietly("/api/mini/v1/search?q=" + encode(q))
                .get("degraded")
                .asBoolean());
        return browser.getQuietly("/api/mini/v1/search?q=" + encode(q));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("content").stream()
                .map(c -> c.get("id").asLong())
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An administrator's browser on the server: session cookie and CSRF token. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(cookies).build();

        void login(String username, String password) throws IOException, InterruptedException {
            send(
                    "POST",
                    "/api/admin/v1/auth/login",
                    json.writeValueAsString(Map.of("username", username, "password", password)));
            send("GET", "/api/admin/v1/auth/csrf", null);
        }

        void edit(long id, String title) throws IOException, InterruptedException {
            JsonNode current = get("/api/admin/v1/contents/" + id);
            Map<String, Object> fields = json.convertValue(current, Map.class);
            fields.put("title", title);
            send("PUT", "/api/admin/v1/contents/" + id, json.writeValueAsString(fields));
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            return send("GET", path, null);
        }

        JsonNode getQuietly(String path) {
            try {
                return get(path);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst()
                    .ifPresent(c -> request.header("X-XSRF-TOKEN", c.getValue()));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as(method + " " + path + ": " + response.body())
                    .isLessThan(300);
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        }
    }
}
