package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;

/**
 * Home, list and detail are answered from their cached JSON and ETag: the bytes and the ETag a fresh
 * serialisation would give, 304 on a matching ETag, and never the old bytes once what residents see changed.
 */
@IntegrationTest
class MiniCachedReadsTest {

    private static final PublicQuery EVERYTHING = new PublicQuery(null, null, null, null, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminApi api;

    @Autowired
    ObjectMapper json;

    @Autowired
    PublishedContent published;

    @Autowired
    MiniContentController controller;

    @Autowired
    MutableClock clock;

    @Test
    void cachedReadsAreTheBytesOfAFreshSerialisationWithTheirHashAsETag() throws Exception {
        long id = published.list(EVERYTHING, null, 1).items().get(0).id();

        // Serialised as if for a request to MockMvc's address, which every URL inside starts with.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            for (int read = 0; read < 2; read++) {
                expectServed("/api/mini/v1/home", json.writeValueAsBytes(controller.homePage(null)));
                expectServed(
                        "/api/mini/v1/contents?size=20", json.writeValueAsBytes(published.list(EVERYTHING, null, 20)));
                expectServed("/api/mini/v1/contents/" + id, json.writeValueAsBytes(published.detail(id)));
            }
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void aMatchingETagIsAnsweredNotModifiedWithoutABody() throws Exception {
        long id = published.list(EVERYTHING, null, 1).items().get(0).id();

        List<String> urls =
                List.of("/api/mini/v1/home", "/api/mini/v1/contents?size=20", "/api/mini/v1/contents/" + id);
        for (String url : urls) {
            String etag = read(url).getHeader(HttpHeaders.ETAG);

            MockHttpServletResponse revalidated = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andExpect(status().isNotModified())
                    .andReturn()
                    .getResponse();
            assertThat(revalidated.getContentAsByteArray()).isEmpty();
            assertThat(revalidated.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
            assertThat(revalidated.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");

            mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, "\"0123\"")).andExpect(status().isOk());
        }
    }

    @Test
    void aPublishGivesTheNextHomeAndListNewBytesAndANewETag() throws Exception {
        // Far ahead, so that the new item is the newest poster, and invisible to other tests once the clock is back.
        clock.advance(Duration.ofDays(3650));
        String tag = MiniApi.unique("缓存");
        String listUrl = "/api/mini/v1/contents?tag=" + tag;
        MockHttpServletResponse homeBefore = read("/api/mini/v1/home");
        MockHttpServletResponse listBefore = read(listUrl);
        assertThat(api.read(mvc.perform(get(listUrl))).get("items")).isEmpty();

        String title = MiniApi.unique("新海报");
        Map<String, Object> fields = ContentSamples.of(ContentKind.POSTER, api.unitId("naiman"), title);
        fields.put("tags", List.of(tag));
        publish(fields);

        MockHttpServletResponse homeAfter = read("/api/mini/v1/home");
        assertThat(json.readTree(homeAfter.getContentAsByteArray())
                        .at("/latest/POSTER/0/title")
                        .asText())
                .isEqualTo(title);
        expectChanged(homeBefore, homeAfter, "/api/mini/v1/home");
        MockHttpServletResponse listAfter = read(listUrl);
        assertThat(json.readTree(listAfter.getContentAsByteArray()).get("items").findValuesAsText("title"))
                .containsExactly(title);
        expectChanged(listBefore, listAfter, listUrl);
    }

    @Test
    void anApprovedEditThenAnOfflineAreSeenByTheNextDetailRead() throws Exception {
        Map<String, Object> fields = ContentSamples.of(ContentKind.AUDIO, api.unitId("naiman"), MiniApi.unique("音频"));
        long id = publish(fields);
        String url = "/api/mini/v1/contents/" + id;
        MockHttpServletResponse before = read(url);

        AdminApi.Session reviewer = api.newUser("naiman", Role.REVIEWER);
        String edited = MiniApi.unique("改过的音频");
        fields.put("title", edited);
        fields.put("version", reviewer.content(id).get("version").asInt());
        reviewer.put("/api/admin/v1/contents/{id}", fields, id).andExpect(status().isOk());
        api.newUser("naiman", Role.REVIEWER).action(id, "approve").andExpect(status().isOk());

        MockHttpServletResponse after = read(url);
        assertThat(json.readTree(after.getContentAsByteArray()).get("title").asText())
                .isEqualTo(edited);
        expectChanged(before, after, url);

        reviewer.action(id, "offline").andExpect(status().isOk());
        mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, after.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFestivalAddedByTheAdministratorIsTheCachedHomesUpcomingFestival() throws Exception {
        moveClockTo(LocalDate.of(2027, 6, 1).atStartOfDay());
        assertThat(upcomingOnHome().get("code").asText()).isEqualTo("DUANWU");

        String code = "CACHED_HOME_" + (System.nanoTime() % 100000);
        api.admin()
                .post(
                        "/api/admin/v1/festivals",
                        Map.of("code", code, "name", "测试纪念日", "ruleType", "SOLAR", "month", 6, "day", 3))
                .andExpect(status().isCreated());
        assertThat(upcomingOnHome().get("code").asText()).isEqualTo(code);

        api.admin().delete("/api/admin/v1/festivals/{code}", code).andExpect(status().isNoContent());
        assertThat(upcomingOnHome().get("code").asText()).isEqualTo("DUANWU");
    }

    @Test
    void theHomeOfANewDayCountsTheDaysLeftAfresh() throws Exception {
        moveClockTo(LocalDate.of(2027, 6, 1).atTime(23, 59));
        assertThat(upcomingOnHome().get("daysLeft").asInt()).isEqualTo(8);

        clock.advance(Duration.ofMinutes(2));

        assertThat(upcomingOnHome().get("daysLeft").asInt()).isEqualTo(7);
    }

    /** The same body as a fresh serialisation, with the headers residents' phones have always had. */
    private void expectServed(String url, byte[] fresh) throws Exception {
        MockHttpServletResponse response = read(url);
        assertThat(response.getContentAsByteArray()).as(url).isEqualTo(fresh);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0" + DigestUtils.md5DigestAsHex(fresh) + "\"");
        assertThat(response.getContentLength()).isEqualTo(fresh.length);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
    }

    /** New bytes, a new ETag, and the old ETag no longer revalidates. */
    private void expectChanged(MockHttpServletResponse before, MockHttpServletResponse after, String url)
            throws Exception {
        assertThat(after.getContentAsByteArray()).isNotEqualTo(before.getContentAsByteArray());
        assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
        mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, before.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isOk());
    }

    private MockHttpServletResponse read(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private JsonNode upcomingOnHome() throws Exception {
        return json.readTree(read("/api/mini/v1/home").getContentAsByteArray()).at("/upcomingFestival/festival");
    }

    private long publish(Map<String, Object> fields) throws Exception {
        AdminApi.Session editor = api.newUser("naiman", Role.EDITOR);
        AdminApi.Session reviewer = api.newUser("naiman", Role.REVIEWER);
        long id = editor.create(fields);
        editor.action(id, "submit").andExpect(status().isOk());
        reviewer.action(id, "approve").andExpect(status().isOk());
        reviewer.action(id, "publish").andExpect(status().isOk());
        return id;
    }

    private void moveClockTo(LocalDateTime moment) {
        clock.moveTo(moment.atZone(clock.getZone()).toInstant());
    }
}
