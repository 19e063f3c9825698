package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.wenming.content.PublicReadCache;
import org.wenming.media.RenditionState;
import org.wenming.media.RenditionsChanged;
import org.wenming.support.AdminApi;
import org.wenming.support.ApiContract;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** The change long-poll: held without a thread, answered at a change reaching the station, "no change" at the hold's end. */
@IntegrationTest
class StationChangesTest {

    /** How long a test waits for an answer the server gives within a couple of seconds (a loaded machine is slow). */
    private static final long PATIENCE_MILLIS = 20_000;

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PublicReadCache publicReads;

    StationFixture fixture;
    LocalDate day;
    long audio;
    StationFixture.Created here;
    StationFixture.Created elsewhere;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
        audio = fixture.publishedAudio("防汛通知");
        here = fixture.station("mingren-sumu-bayantala-gacha");
        elsewhere = fixture.station("zhian-zhen-anle-cun");
        fixture.scheduleForStation(here.id(), day, "07:00", List.of(audio));
    }

    @Test
    void aHeldPollAnswersWhenAnUrgentInsertReachesTheStation() throws Exception {
        String version = version(here);
        MvcResult held = poll(here, version);
        assertThat(held.getRequest().isAsyncStarted()).isTrue();

        urgentFor(here);

        answered(held);
        status().isOk().match(held);
        jsonPath("$.changed").value(true).match(held);
        jsonPath("$.version").value(version(here)).match(held);
    }

    @Test
    void aHeldPollAnswersWhenAScheduledAudiosBroadcastRenditionBecomesReady() throws Exception {
        String key = jdbc.queryForObject("SELECT media_key FROM content WHERE id = ?", String.class, audio);
        jdbc.update(
                "UPDATE media_rendition SET state = 'RUNNING', claimed_by = 'other-instance', lease_until = ?"
                        + " WHERE media_key = ?",
                LocalDateTime.now(clock).plusDays(1),
                key);
        try {
            publicReads.clearAfterCommit();
            MvcResult held = poll(here, version(here));

            markReady(key);
            events.publishEvent(new RenditionsChanged(key, RenditionState.READY));

            answered(held);
            jsonPath("$.changed").value(true).match(held);
        } finally {
            markReady(key);
            publicReads.clearAfterCommit();
        }
    }

    /** Over real HTTP the answer is written by the recheck thread itself: headers, length and body as documented. */
    @Test
    void overHttpAHeldPollGetsACompleteJsonAnswerWithTheSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest poll = stationGet("/api/station/v1/changes?since=" + httpVersion(http));
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(poll, HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(answer).isNotDone();

        urgentFor(here);

        HttpResponse<String> response = answer.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(response.body().length());
        assertThat(response.body()).isEqualTo("{\"changed\":true,\"version\":\"" + httpVersion(http) + "\"}");
    }

    /** The version as a box reaching this port sees it (the base URL of its answers is part of it). */
    private String httpVersion(HttpClient http) throws Exception {
        String schedule = http.send(stationGet("/api/station/v1/schedule"), HttpResponse.BodyHandlers.ofString())
                .body();
        return json.readTree(schedule).get("version").asText();
    }

    private HttpRequest stationGet(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(StationAuthenticator.HEADER, here.key())
                .timeout(Duration.ofMillis(PATIENCE_MILLIS))
                .build();
    }

    @Test
    void aTakedownAnswersTheStationsThatPlayTheItem() throws Exception {
        MvcResult held = poll(here, version(here));

        api.admin().post("/api/admin/v1/contents/{id}/offline", null, audio);

        answered(held);
        jsonPath("$.changed").value(true).match(held);
    }

    @Test
    void aChangeForAnotherStationLeavesThePollHeld() throws Exception {
        MvcResult mine = poll(here, version(here));
        MvcResult theirs = poll(elsewhere, version(elsewhere));

        urgentFor(elsewhere);
        answered(theirs);
        // Rechecks run one after another on one thread: once a later change is answered, the first pass is over.
        MvcResult barrier = poll(elsewhere, version(elsewhere));
        urgentFor(elsewhere);
        answered(barrier);

        assertThat(mine.getRequest().isAsyncStarted()).isTrue();
        assertThat(mine.getResponse().getContentLength()).isZero();
    }

    @Test
    void anOldVersionIsAnsweredAtOnce() throws Exception {
        MvcResult stale = poll(here, "0123abcd");
        assertThat(stale.getRequest().isAsyncStarted()).isFalse();

        answered(stale);
        jsonPath("$.changed").value(true).match(stale);
        jsonPath("$.version").value(version(here)).match(stale);
    }

    @Test
    void atTheEndOfTheHoldThePollAnswersNoChange() throws Exception {
        String version = version(here);
        MvcResult held = poll(here, version);

        MockAsyncContext context = (MockAsyncContext) held.getRequest().getAsyncContext();
        for (AsyncListener listener : context.getListeners()) {
            listener.onTimeout(new AsyncEvent(context));
        }

        answered(held);
        status().isOk().match(held);
        jsonPath("$.changed").value(false).match(held);
        jsonPath("$.version").value(version).match(held);
    }

    @Test
    void aMalformedVersionIsAProblem() throws Exception {
        mvc.perform(get("/api/station/v1/changes")
                        .param("since", "不是版本")
                        .header(StationAuthenticator.HEADER, here.key()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").exists());
    }

    private void markReady(String key) {
        jdbc.update(
                "UPDATE media_rendition SET state = 'READY', claimed_by = NULL, lease_until = NULL WHERE media_key = ?",
                key);
    }

    /**
     * Waits until the server has written the held poll's answer and completed it (from its own thread, without
     * a dispatch), then checks that answer against the API document as every other response is.
     */
    private void answered(MvcResult held) throws Exception {
        long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (held.getRequest().isAsyncStarted()) {
            assertThat(System.currentTimeMillis()).as("the held poll's answer").isLessThan(giveUp);
            Thread.sleep(10);
        }
        ApiContract.check(context, held);
    }

    private MvcResult poll(StationFixture.Created station, String since) throws Exception {
        return mvc.perform(get("/api/station/v1/changes")
                        .param("since", since)
                        .header(StationAuthenticator.HEADER, station.key()))
                .andReturn();
    }

    private String version(StationFixture.Created station) throws Exception {
        return api.read(mvc.perform(get("/api/station/v1/schedule").header(StationAuthenticator.HEADER, station.key())))
                .get("version")
                .asText();
    }

    private void urgentFor(StationFixture.Created station) throws Exception {
        api.admin()
                .post(
                        "/api/admin/v1/station-urgent",
                        Map.of(
                                "title",
                                "紧急插播" + System.nanoTime(),
                                "targetStationId",
                                station.id(),
                                "startsAt",
                                day.atTime(8, 0).toString(),
                                "endsAt",
                                day.atTime(9, 0).toString(),
                                "contentIds",
                                List.of(audio)));
    }
}
