package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** Heartbeats are kept and shown in health; a reported missing file is listed again; missed heartbeats mean offline. */
@IntegrationTest
class StationHeartbeatTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    StationProperties settings;

    StationFixture fixture;
    StationFixture.Created station;
    LocalDate day;
    long audio;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
        station = fixture.station("mingren-sumu-bayantala-gacha");
        audio = fixture.publishedAudio("农技讲座");
        fixture.scheduleForStation(station.id(), day, "07:00", List.of(audio));
    }

    @Test
    void whatTheBoxReportsIsShownInHealth() throws Exception {
        heartbeat(Map.of(
                        "appVersion",
                        "reference-box/1.2",
                        "volume",
                        70,
                        "freeBytes",
                        123_456_789L,
                        "cachedSha256",
                        List.of("a".repeat(64), "b".repeat(64)),
                        "nowPlaying",
                        "农技讲座",
                        "lastError",
                        "扬声器过热"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.heartbeatIntervalSeconds")
                        .value(settings.heartbeatInterval().toSeconds()))
                .andExpect(jsonPath("$.download.length()").value(0));

        JsonNode health = health();
        assertThat(health.get("online").asBoolean()).isTrue();
        JsonNode heartbeat = health.get("heartbeat");
        assertThat(heartbeat.get("appVersion").asText()).isEqualTo("reference-box/1.2");
        assertThat(heartbeat.get("volume").asInt()).isEqualTo(70);
        assertThat(heartbeat.get("freeBytes").asLong()).isEqualTo(123_456_789L);
        assertThat(heartbeat.get("cachedCount").asInt()).isEqualTo(2);
        assertThat(heartbeat.get("nowPlaying").asText()).isEqualTo("农技讲座");
        assertThat(heartbeat.get("lastError").asText()).isEqualTo("扬声器过热");
    }

    @Test
    void aMissingFileIsListedAgainInTheAnswer() throws Exception {
        JsonNode item = api.read(
                        mvc.perform(get("/api/station/v1/schedule").header(StationAuthenticator.HEADER, station.key())))
                .at("/slots/0/items/0");

        JsonNode answer = api.read(
                heartbeat(Map.of("missingSha256", List.of(item.get("sha256").asText(), "c".repeat(64)))));

        assertThat(answer.get("download")).hasSize(1);
        assertThat(answer.at("/download/0/url").asText())
                .isEqualTo(item.get("url").asText());
        assertThat(answer.at("/download/0/sha256").asText())
                .isEqualTo(item.get("sha256").asText());
        assertThat(health().at("/heartbeat/missingSha256/0").asText())
                .isEqualTo(item.get("sha256").asText());
    }

    @Test
    void aStationThatMissesItsHeartbeatsIsOffline() throws Exception {
        heartbeat(Map.of("appVersion", "1.0")).andExpect(status().isOk());
        Duration window = settings.heartbeatInterval().multipliedBy(settings.offlineAfterMissedHeartbeats());

        clock.advance(window.minusSeconds(1));
        assertThat(health().get("online").asBoolean()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(health().get("online").asBoolean()).isFalse();
    }

    @Test
    void anImpossibleHeartbeatIsAProblem() throws Exception {
        heartbeat(Map.of("volume", 150))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        heartbeat(Map.of("missingSha256", List.of("不是校验值")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    private ResultActions heartbeat(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/station/v1/heartbeat")
                .header(StationAuthenticator.HEADER, station.key())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private JsonNode health() throws Exception {
        for (JsonNode health : api.read(api.admin().get("/api/admin/v1/station-health"))) {
            if (health.get("stationId").asLong() == station.id()) {
                return health;
            }
        }
        throw new AssertionError("station not in health");
    }
}
