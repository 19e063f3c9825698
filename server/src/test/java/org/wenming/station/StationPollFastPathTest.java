package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.wenming.support.SameAnswer.assertSameAnswer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/**
 * A station's plain poll (key in the header, no parameters) is answered in the fast lane, before MVC, with the
 * answer MVC gives the same poll spelt otherwise; errors are the chain's to report.
 */
@IntegrationTest
class StationPollFastPathTest {

    private static final List<String> POLLS =
            List.of("/api/station/v1/playlist", "/api/station/v1/playlist.m3u", "/api/station/v1/schedule");

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry metrics;

    @LocalServerPort
    int port;

    StationFixture.Created station;

    @BeforeEach
    void setUp() {
        StationFixture fixture = new StationFixture(api);
        var day = StationFixture.ownMonday(clock);
        long audio = fixture.publishedAudio("快速通道测试");
        station = fixture.station("mingren-sumu-bayantala-gacha");
        fixture.scheduleForStation(station.id(), day, "07:00", List.of(audio));
    }

    @Test
    void aPlainPollSkipsMvcAndGetsTheAnswerMvcGivesTheSamePollSpeltWithAParameter() throws Exception {
        for (String poll : POLLS) {
            for (boolean gzip : new boolean[] {false, true}) {
                MvcResult fast = perform(withEncoding(get(poll), gzip));
                MvcResult viaMvc = perform(withEncoding(get(poll + "?via=mvc"), gzip));

                assertThat(fast.getHandler()).as("%s in the fast lane", poll).isNull();
                assertThat(viaMvc.getHandler()).as("%s with a parameter", poll).isNotNull();
                assertThat(fast.getResponse().getStatus()).as(poll).isEqualTo(200);
                assertSameAnswer(fast.getResponse(), viaMvc.getResponse(), poll);
            }
        }
    }

    @Test
    void aConditionalPollIsAnswered304InTheFastLaneAndCountedUnderItsPath() throws Exception {
        String poll = "/api/station/v1/schedule";
        String etag = perform(get(poll)).getResponse().getHeader(HttpHeaders.ETAG);
        double before = polls(poll, "304");

        MvcResult revalidated = perform(get(poll).header(HttpHeaders.IF_NONE_MATCH, etag));

        assertThat(revalidated.getHandler()).isNull();
        assertThat(revalidated.getResponse().getStatus()).isEqualTo(304);
        assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(revalidated.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(revalidated.getResponse().getHeader("X-Content-Type-Options"))
                .isEqualTo("nosniff");
        assertThat(polls(poll, "304")).isEqualTo(before + 1);
    }

    /** Over real HTTP, where no test sets the request context: links name the address the box reached. */
    @Test
    void overHttpAFastAnswerLinksToTheAddressTheStationReachedAsMvcDoes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String fast = httpGet(http, "/api/station/v1/playlist.m3u");
        String viaMvc = httpGet(http, "/api/station/v1/playlist.m3u?via=mvc");

        assertThat(fast).contains("http://127.0.0.1:" + port + "/media/").isEqualTo(viaMvc);
    }

    private String httpGet(HttpClient http, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(StationAuthenticator.HEADER, station.key())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anUnknownKeyIsReportedByTheControllerAsAProblem() throws Exception {
        MvcResult refused = mvc.perform(
                        get("/api/station/v1/playlist").header(StationAuthenticator.HEADER, "no-such-key"))
                .andReturn();

        assertThat(refused.getHandler()).isNotNull();
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentAsString()).contains("STATION_KEY_INVALID");
    }

    private double polls(String path, String status) {
        Timer timer = metrics.find("http.server.requests")
                .tag("uri", path)
                .tag("status", status)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(StationAuthenticator.HEADER, station.key()))
                .andReturn();
    }

    private static MockHttpServletRequestBuilder withEncoding(MockHttpServletRequestBuilder request, boolean gzip) {
        return gzip ? request.header(HttpHeaders.ACCEPT_ENCODING, "gzip") : request;
    }
}
