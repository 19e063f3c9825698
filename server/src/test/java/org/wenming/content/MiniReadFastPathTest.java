package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wenming.support.SameAnswer.assertSameAnswer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wenming.support.IntegrationTest;

/**
 * A cached mini read is answered by {@link MiniReadFastPath} before MVC (no handler runs) with the very
 * answer the controller gave when it built the entry; whatever the fast path cannot read without doubt is
 * the controller's to answer, errors included.
 */
@IntegrationTest
class MiniReadFastPathTest {

    private static final PublicQuery EVERYTHING = new PublicQuery(null, null, null, null, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicReadCache cache;

    @Autowired
    PublishedContent published;

    @Autowired
    MeterRegistry metrics;

    private String detailUrl;

    @BeforeEach
    void startWithAnEmptyCache() {
        cache.clearAfterCommit();
        detailUrl = "/api/mini/v1/contents/"
                + published.list(EVERYTHING, null, 1).items().get(0).id();
    }

    @Test
    void aCacheHitIsAnsweredBeforeMvcWithTheStatusHeadersAndBytesOfTheMissThatBuiltIt() throws Exception {
        List<String> urls = List.of(
                "/api/mini/v1/home",
                "/api/mini/v1/home?language=zh",
                "/api/mini/v1/contents",
                "/api/mini/v1/contents?kind=AUDIO&size=5",
                "/api/mini/v1/festivals?year=2027",
                detailUrl);
        for (String url : urls) {
            for (boolean gzip : new boolean[] {false, true}) {
                cache.clearAfterCommit();
                MvcResult miss = perform(withEncoding(get(url), gzip));
                MvcResult hit = perform(withEncoding(get(url), gzip));

                assertThat(miss.getHandler())
                        .as("the miss of %s is built by the controller", url)
                        .isNotNull();
                assertThat(hit.getHandler()).as("the hit of %s skips MVC", url).isNull();
                expectSameAnswer(hit.getResponse(), miss.getResponse(), url);
            }
        }
    }

    @Test
    void aHitRevalidatesLikeTheControllerWithTheSameETag() throws Exception {
        String etag = perform(get(detailUrl)).getResponse().getHeader(HttpHeaders.ETAG);

        MvcResult revalidated = perform(get(detailUrl).header(HttpHeaders.IF_NONE_MATCH, etag));

        assertThat(revalidated.getHandler()).isNull();
        assertThat(revalidated.getResponse().getStatus()).isEqualTo(304);
        assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(revalidated.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
    }

    @Test
    void requestsSpeltOtherwiseAreLeftToTheControllerEvenWhenTheReadIsCached() throws Exception {
        perform(get("/api/mini/v1/contents"));
        perform(get("/api/mini/v1/contents?size=20"));

        expectController(get("/api/mini/v1/contents?size=0"), 400);
        expectController(get("/api/mini/v1/contents?size=1000"), 400);
        expectController(get("/api/mini/v1/contents?size=+20"), 200);
        expectController(get("/api/mini/v1/contents?kind=audio"), 400);
        expectController(get("/api/mini/v1/contents?size=20&size=20"), 200);
        mvc.perform(get("/api/mini/v1/contents").accept(MediaType.TEXT_HTML)).andExpect(status().isNotAcceptable());
        expectController(get("/api/mini/v1/festivals?year=99999999999"), 400);
    }

    @Test
    void aHitCountsInTheRequestMetricsUnderItsMappingPattern() throws Exception {
        perform(get(detailUrl));
        double before = detailRequests();

        assertThat(perform(get(detailUrl)).getHandler()).isNull();

        assertThat(detailRequests()).isEqualTo(before + 1);
    }

    private double detailRequests() {
        Timer timer = metrics.find("http.server.requests")
                .tag("uri", "/api/mini/v1/contents/{id}")
                .tag("status", "200")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private void expectController(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(status)).andReturn();
        assertThat(result.getHandler()).isNotNull();
    }

    private static MockHttpServletRequestBuilder withEncoding(MockHttpServletRequestBuilder request, boolean gzip) {
        return gzip ? request.header(HttpHeaders.ACCEPT_ENCODING, "gzip") : request;
    }

    private static void expectSameAnswer(MockHttpServletResponse hit, MockHttpServletResponse miss, String url) {
        assertThat(hit.getStatus()).as(url).isEqualTo(200);
        assertSameAnswer(hit, miss, url);
    }
}
