package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenming.support.SameAnswer.assertSameAnswer;
import static org.wenming.support.SameAnswer.settled;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.wenming.support.IntegrationTest;
import org.wenming.support.SameAnswer;
import org.wenming.support.TestProfiles;

/**
 * A cached mini read is answered by {@link MiniReadFastPath} in the fast lane, before the filter chain (over
 * real HTTP: the lane is a Tomcat valve, which MockMvc never passes), with the very answer the controller gave
 * when it built the entry; whatever the fast path cannot read without doubt is
 * the controller's to answer, errors included.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class MiniReadFastPathTest {

    private static final PublicQuery EVERYTHING = new PublicQuery(null, null, null, null, null, null);

    @Autowired
    PublicReadCache cache;

    @Autowired
    PublishedContent published;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    SameAnswer http;

    private String detailUrl;

    @BeforeEach
    void startWithAnEmptyCache() {
        cache.clearAfterCommit();
        detailUrl = "/api/mini/v1/contents/"
                + published.list(EVERYTHING, null, 1).items().get(0).id();
    }

    @Test
    void aCacheHitIsAnsweredBeforeTheChainWithTheStatusHeadersAndBytesOfTheMissThatBuiltIt() throws Exception {
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
                SameAnswer.Answer miss = read(url, gzip);
                SameAnswer.Answer hit = read(url, gzip);

                assertThat(hit.status()).as(url).isEqualTo(200);
                assertSameAnswer(hit, miss, url);
            }
        }
    }

    @Test
    void aHitRevalidatesLikeTheControllerWithTheSameETag() throws Exception {
        String etag = read(detailUrl, false).header(HttpHeaders.ETAG);

        SameAnswer.Answer revalidated = http.get(detailUrl, HttpHeaders.IF_NONE_MATCH, etag);

        assertThat(revalidated.fast()).isTrue();
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header(HttpHeaders.ETAG)).isEqualTo(etag);
    }

    @Test
    void requestsSpeltOtherwiseAreLeftToTheControllerEvenWhenTheReadIsCached() throws Exception {
        read("/api/mini/v1/contents", false);
        read("/api/mini/v1/contents?size=20", false);

        expectController("/api/mini/v1/contents?size=0", 400);
        expectController("/api/mini/v1/contents?size=1000", 400);
        expectController("/api/mini/v1/contents?size=+20", 200);
        expectController("/api/mini/v1/contents?kind=audio", 400);
        expectController("/api/mini/v1/contents?size=20&size=20", 200);
        expectController("/api/mini/v1/festivals?year=99999999999", 400);
        SameAnswer.Answer html = http.get("/api/mini/v1/contents", HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE);
        assertThat(html.status()).isEqualTo(406);
        assertThat(html.fast()).isFalse();
    }

    @Test
    void aHitCountsInTheRequestMetricsUnderItsMappingPattern() throws Exception {
        read(detailUrl, false);
        double before = settled(this::detailRequests);

        assertThat(read(detailUrl, false).fast()).isTrue();

        assertThat(settled(this::detailRequests)).isEqualTo(before + 1);
    }

    private double detailRequests() {
        Timer timer = metrics.find("http.server.requests")
                .tag("uri", "/api/mini/v1/contents/{id}")
                .tag("status", "200")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private void expectController(String url, int status) throws Exception {
        SameAnswer.Answer answer = http.get(url);
        assertThat(answer.status()).as(url).isEqualTo(status);
        assertThat(answer.fast()).as(url).isFalse();
    }

    private SameAnswer.Answer read(String url, boolean gzip) throws Exception {
        return gzip ? http.get(url, HttpHeaders.ACCEPT_ENCODING, "gzip") : http.get(url);
    }
}
