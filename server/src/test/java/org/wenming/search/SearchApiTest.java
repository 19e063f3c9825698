package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** The residents' search API and the administrators' search API on the embedded index. */
@IntegrationTest
class SearchApiTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchSync sync;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchContentMapper contents;

    @Autowired
    ReindexMapper reindexRuns;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void indexEverythingPublished() {
        sync.drain();
    }

    @Test
    void searchAnswersHighlightedCardsWithATotal() throws Exception {
        JsonNode page = search("q", "端午");

        assertThat(page.get("degraded").asBoolean()).isFalse();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("content").get("title").asText()).startsWith("端午节｜");
        assertThat(first.get("content").get("kind").asText()).isEqualTo("FESTIVAL_ITEM");
        assertThat(first.get("highlightedTitle").asText()).startsWith("<em>端午</em>节｜");
        assertThat(first.get("content").has("status")).isFalse();
    }

    @Test
    void filtersByKindFestivalTagUnitSubtreeAndLanguage() throws Exception {
        assertThat(kinds(search("q", "志愿服务", "kind", "AUDIO", "size", "50"))).containsOnly("AUDIO");
        assertThat(titles(search("q", "志愿服务", "festival", "DUANWU"))).allMatch(title -> title.startsWith("端午节｜"));
        assertThat(titles(search("q", "端午", "tag", "香囊"))).containsExactly("端午节｜缝香囊、讲故事，关爱留守儿童");
        long township = api.unitId("daqintala-zhen");
        assertThat(titles(search("q", "端午", "orgUnitId", Long.toString(township))))
                .containsExactly("端午节｜包粽子、送祝福，邻里守望情更浓");
        assertThat(search("q", "端午", "language", "mn").get("items")).isEmpty();
    }

    @Test
    void resultsGoOutGzippedWhenAskedAndRevalidateInEitherEncoding() throws Exception {
        MockHttpServletResponse plain = mvc.perform(get("/api/mini/v1/search").param("q", "志愿服务"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        MockHttpServletResponse gzip = mvc.perform(
                        get("/api/mini/v1/search").param("q", "志愿服务").header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                .andReturn()
                .getResponse();

        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
        }
        assertThat(gzip.getHeader(HttpHeaders.ETAG)).isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
        mvc.perform(get("/api/mini/v1/search")
                        .param("q", "志愿服务")
                        .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                        .header(HttpHeaders.IF_NONE_MATCH, gzip.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/mini/v1/search")
                        .param("q", "志愿服务")
                        .header(HttpHeaders.IF_NONE_MATCH, plain.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());
    }

    @Test
    void pagesDoNotOverlap() throws Exception {
        JsonNode first = search("q", "志愿服务", "page", "1", "size", "3");
        JsonNode second = search("q", "志愿服务", "page", "2", "size", "3");

        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("total")).isEqualTo(first.get("total"));
        assertThat(ids(second)).hasSize(3).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void suggestionsPreferTagsAndTitlesStartingWithTheInput() throws Exception {
        JsonNode answer = api.read(
                mvc.perform(get("/api/mini/v1/search/suggest").param("q", "端午")).andExpect(status().isOk()));

        List<String> suggestions = answer.get("suggestions").findValuesAsText("text");
        assertThat(suggestions.get(0)).isEqualTo("端午节");
        assertThat(answer.get("suggestions").get(0).get("type").asText()).isEqualTo("TAG");
        assertThat(suggestions).contains("端午节｜包粽子、送祝福，邻里守望情更浓").allMatch(s -> s.contains("端午"));
        JsonNode title = java.util.stream.StreamSupport.stream(
                        answer.get("suggestions").spliterator(), false)
                .filter(s -> s.get("text").asText().equals("端午节｜包粽子、送祝福，邻里守望情更浓"))
                .findFirst()
                .orElseThrow();
        assertThat(title.get("type").asText()).isEqualTo("TITLE");
        assertThat(title.get("kind").asText()).isEqualTo("FESTIVAL_ITEM");
        assertThat(title.get("id").asLong()).isPositive();
        assertThat(api.read(mvc.perform(get("/api/mini/v1/search/suggest").param("q", "  ")))
                        .get("suggestions"))
                .isEmpty();
    }

    @Test
    void suggestionsCompletePinyinAndInitials() throws Exception {
        for (String typed : List.of("duanwu", "duan wu", "dwj", "端")) {
            JsonNode answer =
                    api.read(mvc.perform(get("/api/mini/v1/search/suggest").param("q", typed))
                            .andExpect(status().isOk()));
            assertThat(answer.get("suggestions").findValuesAsText("text"))
                    .as(typed)
                    .contains("端午节");
        }
    }

    @Test
    void hotSearchesCountWhatResidentsFound() throws Exception {
        for (int i = 0; i < 3; i++) {
            searchFrom("10.1.0." + i, "草原书屋");
        }
        searchFrom("10.1.0.9", "月饼");
        searchFrom("10.1.0.9", "查无此词甲乙丙丁");
        long before = hotCount("草原书屋");
        for (int i = 0; i < 5; i++) {
            searchFrom("10.1.0.1", "草原书屋");
        }
        assertThat(hotCount("草原书屋")).as("one address counts once a day").isEqualTo(before);

        JsonNode hot = api.read(
                mvc.perform(get("/api/mini/v1/search/hot").param("limit", "50")).andExpect(status().isOk()));
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        hot.forEach(h -> counts.put(h.get("query").asText(), h.get("count").asLong()));
        List<String> order = List.copyOf(counts.keySet());
        assertThat(counts.get("草原书屋")).isGreaterThanOrEqualTo(3);
        assertThat(order.indexOf("草原书屋")).isLessThan(order.indexOf("月饼"));
        assertThat(counts).doesNotContainKey("查无此词甲乙丙丁");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title:*",
                "(((",
                "\\",
                "😀",
                "🇨🇳🎉👍",
                "*:*",
                "端午 AND (雷锋 OR",
                "%_%",
                "<script>alert(1)</script>",
                "ᠨᠠᠢᠮᠠᠨ"
            })
    void hostileQueriesGetAnOrdinaryAnswer(String q) throws Exception {
        mvc.perform(get("/api/mini/v1/search").param("q", q))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.degraded").value(false));
        mvc.perform(get("/api/mini/v1/search/suggest").param("q", q)).andExpect(status().isOk());
    }

    @Test
    void aThousandCharacterQueryIsCutNotRefused() throws Exception {
        assertThat(search("q", "端".repeat(1000)).get("items").isArray()).isTrue();
        assertThat(search("q", "端午" + " ".repeat(998)).get("items")).isNotEmpty();
        assertThat(SearchService.normalize("文".repeat(1000), 100)).hasSize(100);
        assertThat(SearchService.normalize("😀".repeat(1000), 100).codePointCount(0, 200))
                .isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000\t\n"})
    void blankQueriesAskForAKeyword(String q) throws Exception {
        mvc.perform(get("/api/mini/v1/search").param("q", q.translateEscapes()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("MISSING_PARAMETER"))
                .andExpect(jsonPath("$.detail").value("请输入搜索关键词"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "x=1                     | 400 | MISSING_PARAMETER",
                "q=a&size=0               | 400 | INVALID_PARAMETER",
                "q=a&size=51              | 400 | PAGE_TOO_LARGE",
                "q=a&page=0               | 400 | INVALID_PARAMETER",
                "q=a&page=200&size=10     | 400 | INVALID_PARAMETER",
                "q=a&kind=SPEECH          | 400 | INVALID_PARAMETER",
                "q=a&page=x               | 400 | INVALID_PARAMETER",
                "q=a&orgUnitId=987654321  | 404 | ORG_UNIT_NOT_FOUND"
            })
    void badParametersAreProblemsNotErrors(String query, int status, String code) throws Exception {
        mvc.perform(get("/api/mini/v1/search?" + query))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void statusShowsTheIndexAndTheOutbox() throws Exception {
        JsonNode status =
                api.read(api.admin().get("/api/admin/v1/search/status").andExpect(status().isOk()));

        assertThat(status.get("engine").asText()).isEqualTo("lucene");
        assertThat(status.get("available").asBoolean()).isTrue();
        assertThat(status.get("documents").asLong()).isEqualTo(contents.publishedCount());
        assertThat(status.get("published").asLong()).isEqualTo(contents.publishedCount());
        assertThat(status.get("pending").asLong()).isZero();
        assertThat(status.get("lagSeconds").asLong()).isZero();
        assertThat(status.get("sizeBytes").asLong()).isPositive();
    }

    @Test
    void onlyAdministratorsManageSearch() throws Exception {
        AdminApi.Session editor = api.newUser("mingren-sumu", Role.EDITOR, Role.REVIEWER);
        editor.get("/api/admin/v1/search/status").andExpect(status().isForbidden());
        editor.post("/api/admin/v1/search/reindex", null).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/v1/search/status")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/v1/search/reindex")).andExpect(status().isForbidden());
    }

    @Test
    void reindexRebuildsBehindTheAliasWithProgress() throws Exception {
        AdminApi.Session admin = api.admin();
        JsonNode started =
                api.read(admin.post("/api/admin/v1/search/reindex", null).andExpect(status().isAccepted()));
        long id = started.get("id").asLong();

        JsonNode progress = waitForReindex(admin, id);

        assertThat(progress.get("status").asText()).isEqualTo("DONE");
        assertThat(progress.get("done").asLong())
                .isEqualTo(progress.get("total").asLong())
                .isEqualTo(contents.publishedCount());
        sync.drain();
        Map<Long, Long> database = contents.publishedVersions().stream()
                .collect(Collectors.toMap(
                        SearchContentMapper.IdVersion::id, v -> v.version().longValue()));
        assertThat(index.liveVersions()).isEqualTo(database);
        assertThat(index.stats().name()).isEqualTo(progress.get("indexName").asText());
        assertThat(titles(search("q", "端午"))).isNotEmpty();
    }

    @Test
    void onlyOneReindexRunsAtATimeAndTheRefusalNamesTheRunningOne() throws Exception {
        ReindexMapper.ReindexStart other = new ReindexMapper.ReindexStart("other-instance", LocalDateTime.now(clock));
        reindexRuns.start(other);
        try {
            expectCode(api.admin().post("/api/admin/v1/search/reindex", null), 409, "REINDEX_RUNNING")
                    .andExpect(jsonPath("$.reindexId").value(other.getId()));
        } finally {
            reindexRuns.finish(other.getId(), "FAILED", null, "test", LocalDateTime.now(clock));
        }
        api.admin().get("/api/admin/v1/search/reindex/{id}", 987654321).andExpect(status().isNotFound());
    }

    @Test
    void aRunWhoseInstanceDiedReadsAsFailedOnceItsHeartbeatIsOld() throws Exception {
        ReindexMapper.ReindexStart dead = new ReindexMapper.ReindexStart("dead-instance", LocalDateTime.now(clock));
        reindexRuns.start(dead);
        api.admin()
                .get("/api/admin/v1/search/reindex/{id}", dead.getId())
                .andExpect(jsonPath("$.status").value("RUNNING"));

        clock.advance(Duration.ofMinutes(6));

        api.admin()
                .get("/api/admin/v1/search/reindex/{id}", dead.getId())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failure").value("重建进程中断"));
    }

    @Test
    void reconcileReportsNoDriftWhenTheIndexIsCurrent() throws Exception {
        JsonNode report = api.read(
                api.admin().post("/api/admin/v1/search/reconcile", null).andExpect(status().isOk()));

        assertThat(report.get("published").asLong()).isEqualTo(contents.publishedCount());
        assertThat(report.get("enqueued").asLong()).isZero();
    }

    private JsonNode waitForReindex(AdminApi.Session admin, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode progress;
        do {
            Thread.sleep(50);
            progress =
                    api.read(admin.get("/api/admin/v1/search/reindex/{id}", id).andExpect(status().isOk()));
        } while (progress.get("status").asText().equals("RUNNING") && System.nanoTime() < deadline);
        return progress;
    }

    private ResultActions expectCode(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code));
    }

    private JsonNode search(String... params) throws Exception {
        var request = get("/api/mini/v1/search");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return api.read(mvc.perform(request).andExpect(status().isOk()));
    }

    private static List<String> titles(JsonNode page) {
        return page.get("items").findValues("content").stream()
                .map(c -> c.get("title").asText())
                .toList();
    }

    private static List<String> kinds(JsonNode page) {
        return page.get("items").findValues("content").stream()
                .map(c -> c.get("kind").asText())
                .toList();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("content").stream()
                .map(c -> c.get("id").asLong())
                .toList();
    }

    private void searchFrom(String address, String q) throws Exception {
        mvc.perform(get("/api/mini/v1/search").param("q", q).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andExpect(status().isOk());
    }

    private long hotCount(String query) throws Exception {
        JsonNode hot = api.read(
                mvc.perform(get("/api/mini/v1/search/hot").param("limit", "50")).andExpect(status().isOk()));
        for (JsonNode h : hot) {
            if (h.get("query").asText().equals(query)) {
                return h.get("count").asLong();
            }
        }
        return 0;
    }
}
