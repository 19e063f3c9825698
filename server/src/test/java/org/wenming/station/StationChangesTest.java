package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wenming.content.PublicReadCache;
import org.wenming.media.RenditionState;
import org.wenming.media.RenditionsChanged;
import org.wenming.support.AdminApi;
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

        held.getAsyncResult(PATIENCE_MILLIS);
        mvc.perform(asyncDispatch(held))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.version").value(version(here)));
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

            held.getAsyncResult(PATIENCE_MILLIS);
            mvc.perform(asyncDispatch(held)).andExpect(jsonPath("$.changed").value(true));
        } finally {
            markReady(key);
            publicReads.clearAfterCommit();
        }
    }

    @Test
    void aTakedownAnswersTheStationsThatPlayTheItem() throws Exception {
        MvcResult held = poll(here, version(here));

        api.admin().post("/api/admin/v1/contents/{id}/offline", null, audio);

        held.getAsyncResult(PATIENCE_MILLIS);
        mvc.perform(asyncDispatch(held)).andExpect(jsonPath("$.changed").value(true));
    }

    @Test
    void aChangeForAnotherStationLeavesThePollHeld() throws Exception {
        MvcResult mine = poll(here, version(here));
        MvcResult theirs = poll(elsewhere, version(elsewhere));

        urgentFor(elsewhere);
        theirs.getAsyncResult(PATIENCE_MILLIS);
        // Rechecks run one after another on one thread: once a later change is answered, the first pass is over.
        MvcResult barrier = poll(elsewhere, version(elsewhere));
        urgentFor(elsewhere);
        barrier.getAsyncResult(PATIENCE_MILLIS);

        assertThatThrownBy(() -> mine.getAsyncResult(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOldVersionIsAnsweredAtOnce() throws Exception {
        MvcResult stale = poll(here, "0123abcd");

        assertThat(stale.getAsyncResult(PATIENCE_MILLIS)).isNotNull();
        mvc.perform(asyncDispatch(stale))
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.version").value(version(here)));
    }

    @Test
    void atTheEndOfTheHoldThePollAnswersNoChange() throws Exception {
        String version = version(here);
        MvcResult held = poll(here, version);

        MockAsyncContext context = (MockAsyncContext) held.getRequest().getAsyncContext();
        for (AsyncListener listener : context.getListeners()) {
            listener.onTimeout(new AsyncEvent(context));
        }

        mvc.perform(asyncDispatch(held))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false))
                .andExpect(jsonPath("$.version").value(version));
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

    private MvcResult poll(StationFixture.Created station, String since) throws Exception {
        return mvc.perform(get("/api/station/v1/changes")
                        .param("since", since)
                        .header(StationAuthenticator.HEADER, station.key()))
                .andExpect(request().asyncStarted())
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
