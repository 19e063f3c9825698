package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenming.support.SameAnswer.assertSameAnswer;
import static org.wenming.support.SameAnswer.settled;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;
import org.wenming.support.SameAnswer;
import org.wenming.support.TestProfiles;

/**
 * A station's plain poll (key in the header, no parameters) is answered in the fast lane, before the filter
 * chain, with the answer MVC gives the same poll spelt otherwise; errors are the chain's to report. Over real
 * HTTP: the lane is a Tomcat valve, which MockMvc never passes.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class StationPollFastPathTest {

    private static final List<String> POLLS =
            List.of("/api/station/v1/playlist", "/api/station/v1/playlist.m3u", "/api/station/v1/schedule");

    @Autowired
    AdminApi api;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    SameAnswer http;

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
    void aPlainPollSkipsTheChainAndGetsTheAnswerMvcGivesTheSamePollSpeltWithAParameter() throws Exception {
        for (String poll : POLLS) {
            for (boolean gzip : new boolean[] {false, true}) {
                SameAnswer.Answer fast = poll(poll, gzip);
                SameAnswer.Answer viaMvc = poll(poll + "?via=mvc", gzip);

                assertThat(fast.status()).as(poll).isEqualTo(200);
                assertSameAnswer(fast, viaMvc, poll);
            }
        }
    }

    @Test
    void aConditionalPollIsAnswered304InTheFastLaneAndCountedUnderItsPath() throws Exception {
        String poll = "/api/station/v1/schedule";
        String etag = poll(poll, false).header(HttpHeaders.ETAG);
        double before = settled(() -> polls(poll, "304"));

        SameAnswer.Answer revalidated =
                http.get(poll, StationAuthenticator.HEADER, station.key(), HttpHeaders.IF_NONE_MATCH, etag);

        assertThat(revalidated.fast()).isTrue();
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(revalidated.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(settled(() -> polls(poll, "304"))).isEqualTo(before + 1);
    }

    @Test
    void aFastAnswerLinksToTheAddressTheStationReachedAsMvcDoes() throws Exception {
        SameAnswer.Answer fast = poll("/api/station/v1/playlist.m3u", false);
        String viaMvc =
                new String(poll("/api/station/v1/playlist.m3u?via=mvc", false).body(), StandardCharsets.UTF_8);

        assertThat(fast.fast()).isTrue();
        assertThat(new String(fast.body(), StandardCharsets.UTF_8))
                .contains("http://127.0.0.1:" + port + "/media/")
                .isEqualTo(viaMvc);
    }

    /** The fast answers' timer is the very one MVC's answers count in: same name, same tags. */
    @Test
    void fastAndChainAnswersCountInOneTimer() throws Exception {
        String poll = "/api/station/v1/playlist";
        poll(poll, false);
        poll(poll + "?via=mvc", false);
        double before = settled(() -> polls(poll, "200"));

        assertThat(poll(poll, false).fast()).isTrue();
        assertThat(poll(poll + "?via=mvc", false).fast()).isFalse();

        assertThat(metrics.find("http.server.requests")
                        .tag("uri", poll)
                        .tag("status", "200")
                        .timers())
                .hasSize(1);
        assertThat(settled(() -> polls(poll, "200"))).isEqualTo(before + 2);
    }

    @Test
    void anUnknownKeyIsReportedByTheControllerAsAProblem() throws Exception {
        SameAnswer.Answer refused = http.get("/api/station/v1/playlist", StationAuthenticator.HEADER, "no-such-key");

        assertThat(refused.fast()).isFalse();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("STATION_KEY_INVALID");
    }

    private double polls(String path, String status) {
        Timer timer = metrics.find("http.server.requests")
                .tag("uri", path)
                .tag("status", status)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private SameAnswer.Answer poll(String path, boolean gzip) throws Exception {
        return gzip
                ? http.get(path, StationAuthenticator.HEADER, station.key(), HttpHeaders.ACCEPT_ENCODING, "gzip")
                : http.get(path, StationAuthenticator.HEADER, station.key());
    }
}
