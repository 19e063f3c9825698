package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** The pull interface as players use it: keys, ETags, M3U, receipts. */
@IntegrationTest
class StationApiTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    StationSightings sightings;

    StationFixture fixture;
    StationFixture.Created station;
    LocalDate day;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
        station = fixture.station("mingren-sumu-bayantala-gacha");
        first = fixture.publishedAudio("早间新闻, 第一条");
        second = fixture.publishedAudio("早间新闻 第二条");
        fixture.scheduleForStation(station.id(), day, "07:00", List.of(first, second));
    }

    @Test
    void missingWrongAndDisabledKeysAreRefused() throws Exception {
        mvc.perform(get("/api/station/v1/playlist"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("STATION_KEY_MISSING"));
        mvc.perform(get("/api/station/v1/playlist").header(StationAuthenticator.HEADER, station.key() + "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("STATION_KEY_INVALID"));
        // polled once, so the key's station is cached when the edit disables it
        mvc.perform(get("/api/station/v1/playlist").header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isOk());

        api.admin()
                .put(
                        "/api/admin/v1/stations/{id}",
                        Map.of(
                                "code",
                                station.code(),
                                "name",
                                "停用的站",
                                "orgUnitId",
                                api.unitId("mingren-sumu-bayantala-gacha"),
                                "deviceType",
                                "IP_SPEAKER",
                                "enabled",
                                false),
                        station.id())
                .andExpect(status().isOk());

        mvc.perform(get("/api/station/v1/playlist").header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("STATION_DISABLED"));
    }

    @Test
    void rotatedKeyReplacesTheOldOneAtOnce() throws Exception {
        mvc.perform(get("/api/station/v1/playlist").param("key", station.key())).andExpect(status().isOk());

        String newKey = api.read(api.admin().post("/api/admin/v1/stations/{id}/key", null, station.id()))
                .get("key")
                .asText();

        mvc.perform(get("/api/station/v1/playlist").param("key", station.key())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/station/v1/playlist").param("key", newKey)).andExpect(status().isOk());
        assertThat(api.read(api.admin().get("/api/admin/v1/stations/{id}", station.id()))
                        .toString())
                .doesNotContain(newKey)
                .doesNotContain(station.key());
    }

    @Test
    void eachKeyReadsOnlyItsOwnStationsPlaylist() throws Exception {
        StationFixture.Created other = fixture.station("mingren-sumu-sumutu-gacha");

        JsonNode mine = api.read(playlist(station.key(), "/api/station/v1/playlist"));
        JsonNode theirs = api.read(playlist(other.key(), "/api/station/v1/playlist"));

        assertThat(mine.get("station").asText()).isEqualTo(station.code());
        assertThat(theirs.get("station").asText()).isEqualTo(other.code());
        assertThat(theirs.toString()).doesNotContain("早间新闻");
    }

    @Test
    void unchangedPlaylistAnswersNotModifiedAndAChangeGivesANewEtag() throws Exception {
        MvcResult first200 = playlist(station.key(), "/api/station/v1/playlist")
                .andExpect(header().exists("X-Poll-Interval"))
                .andReturn();
        String etag = first200.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");

        mvc.perform(get("/api/station/v1/playlist")
                        .header(StationAuthenticator.HEADER, station.key())
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());

        api.admin().post("/api/admin/v1/contents/{id}/offline", null, second);
        mvc.perform(get("/api/station/v1/playlist")
                        .header(StationAuthenticator.HEADER, station.key())
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, not(etag)));
    }

    @Test
    void bothPlaylistsGoOutGzippedWhenAskedUnderETagsOfTheirOwn() throws Exception {
        for (String path : List.of("/api/station/v1/playlist", "/api/station/v1/playlist.m3u")) {
            MockHttpServletResponse plain =
                    playlist(station.key(), path).andReturn().getResponse();
            MockHttpServletResponse gzip = mvc.perform(get(path)
                            .header(StationAuthenticator.HEADER, station.key())
                            .header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                    .andExpect(header().string(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING))
                    .andExpect(header().string(HttpHeaders.ETAG, not(plain.getHeader(HttpHeaders.ETAG))))
                    .andReturn()
                    .getResponse();

            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray()))) {
                assertThat(in.readAllBytes()).as(path).isEqualTo(plain.getContentAsByteArray());
            }
            mvc.perform(get(path)
                            .header(StationAuthenticator.HEADER, station.key())
                            .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                            .header(HttpHeaders.IF_NONE_MATCH, gzip.getHeader(HttpHeaders.ETAG)))
                    .andExpect(status().isNotModified());
        }
    }

    @Test
    void m3uIsWellFormedAndMatchesTheJson() throws Exception {
        JsonNode json = api.read(playlist(station.key(), "/api/station/v1/playlist"));
        String m3u = playlist(station.key(), "/api/station/v1/playlist.m3u")
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "audio/x-mpegurl;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> lines = m3u.lines().toList();
        assertThat(lines.get(0)).isEqualTo("#EXTM3U");
        List<String> expected = new ArrayList<>();
        json.get("slots")
                .forEach(slot -> slot.get("items").forEach(item -> {
                    expected.add("#EXTINF:" + item.get("durationSeconds").asInt() + ","
                            + item.get("title").asText());
                    expected.add(item.get("url").asText());
                }));
        assertThat(lines).contains("#EXT-X-PLAYLIST-TYPE:VOD").endsWith("#EXT-X-ENDLIST");
        assertThat(lines.stream()
                        .filter(line -> !line.startsWith("#EXTM3U")
                                && !line.startsWith("#PLAYLIST")
                                && !line.startsWith("#EXT-X-")))
                .containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(4).allMatch(line -> line.startsWith("#EXTINF:") || line.startsWith("http://"));
    }

    @Test
    void duplicateReceiptsAreIgnoredAndOnesUploadedLateAccepted() throws Exception {
        clock.moveTo(day.plusDays(2).atTime(9, 0).atZone(StationFixture.ZONE).toInstant());
        String id = UUID.randomUUID().toString();
        Map<String, Object> late = receipt(id, day + "T07:00:00+08:00", "COMPLETED");
        Map<String, Object> other = receipt(UUID.randomUUID().toString(), day + "T07:00:03+08:00", "INTERRUPTED");

        receipts(List.of(other, late))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.duplicates").value(0));
        receipts(List.of(late, late))
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(2));

        JsonNode ledger = api.read(api.admin()
                .get("/api/admin/v1/station-ledger?from=" + day.minusDays(3) + "&to=" + day + "&stationId="
                        + station.id()));
        assertThat(ledger.get("total").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"receipts\":[{\"id\":\"a b\",\"contentId\":1,\"startedAt\":\"2032-03-01T07:00:00+08:00\",\"result\":\"COMPLETED\"}]}",
                "{\"receipts\":[{\"id\":\"x1\",\"contentId\":1,\"startedAt\":\"2032-03-01T07:00:00+08:00\"}]}",
                "{\"receipts\":[{\"id\":\"x2\",\"contentId\":1,\"startedAt\":\"昨天\",\"result\":\"COMPLETED\"}]}",
                "{\"receipts\":[{\"id\":\"x3\",\"contentId\":1,\"startedAt\":\"2032-03-01T07:00:00+08:00\",\"result\":\"LOUD\"}]}",
                "{\"receipts\":[]}",
                "[1,2,3]"
            })
    void malformedReceiptBatchesAreRefusedWhole(String body) throws Exception {
        String good = "{\"id\":\"" + UUID.randomUUID() + "\",\"contentId\":" + first + ",\"startedAt\":\"" + day
                + "T07:00:00+08:00\",\"result\":\"COMPLETED\"}";
        String batch = body.startsWith("{\"receipts\":[{")
                ? body.replace("{\"receipts\":[", "{\"receipts\":[" + good + ",")
                : body;

        ResultActions result = mvc.perform(post("/api/station/v1/receipts")
                .header(StationAuthenticator.HEADER, station.key())
                .contentType(MediaType.APPLICATION_JSON)
                .content(batch));

        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").exists());
        JsonNode ledger = api.read(api.admin()
                .get("/api/admin/v1/station-ledger?from=" + day.minusDays(1) + "&to=" + day.plusDays(1) + "&stationId="
                        + station.id()));
        assertThat(ledger.get("total").asInt()).isZero();
    }

    @Test
    void heartbeatTellsTheServerTimeAndMarksTheStationSeen() throws Exception {
        mvc.perform(post("/api/station/v1/heartbeat")
                        .header(StationAuthenticator.HEADER, station.key())
                        .header(HttpHeaders.USER_AGENT, "village-player/1.0")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"appVersion\":\"1.0\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pollIntervalSeconds").value(300));

        JsonNode view = api.read(api.admin().get("/api/admin/v1/stations/{id}", station.id()));
        assertThat(view.get("lastSeenAt").asText()).startsWith(day.toString());
        assertThat(view.get("lastAgent").asText()).isEqualTo("village-player/1.0");
    }

    @Test
    void aPollMarksTheStationSeenWhenTheSightingsAreFlushed() throws Exception {
        StationFixture.Created polling = fixture.station("mingren-sumu-sumutu-gacha");
        mvc.perform(get("/api/station/v1/playlist")
                        .header(StationAuthenticator.HEADER, polling.key())
                        .header(HttpHeaders.USER_AGENT, "village-poller/2.0"))
                .andExpect(status().isOk());
        assertThat(api.read(api.admin().get("/api/admin/v1/stations/{id}", polling.id()))
                        .has("lastSeenAt"))
                .isFalse();

        assertThat(sightings.flush()).isPositive();

        JsonNode view = api.read(api.admin().get("/api/admin/v1/stations/{id}", polling.id()));
        assertThat(view.get("lastSeenAt").asText()).startsWith(day.toString());
        assertThat(view.get("lastAgent").asText()).isEqualTo("village-poller/2.0");
    }

    @Test
    void stationsOfAUnitShareItsScheduleWhileAStationsOwnScheduleStaysItsOwn() throws Exception {
        String village = "mingren-sumu-sumutu-gacha";
        StationFixture.Created plain = fixture.station(village);
        StationFixture.Created targeted = fixture.station(village);
        long shared = fixture.publishedAudio("全村共享的广播");
        long own = fixture.publishedAudio("本站专属的广播");
        fixture.scheduleForUnit(village, day, day, List.of(1, 2, 3, 4, 5, 6, 7), "08:00", List.of(shared));
        JsonNode before = api.read(playlist(plain.key(), "/api/station/v1/playlist"));

        fixture.scheduleForStation(targeted.id(), day, "08:00", List.of(own));

        JsonNode plainAfter = api.read(playlist(plain.key(), "/api/station/v1/playlist"));
        JsonNode targetedAfter = api.read(playlist(targeted.key(), "/api/station/v1/playlist"));
        assertThat(before.get("slots").toString()).contains("全村共享的广播");
        assertThat(plainAfter.get("slots")).isEqualTo(before.get("slots"));
        assertThat(plainAfter.get("station").asText()).isEqualTo(plain.code());
        assertThat(targetedAfter.get("slots").toString()).contains("本站专属的广播").doesNotContain("全村共享的广播");
        assertThat(targetedAfter.get("station").asText()).isEqualTo(targeted.code());
    }

    private ResultActions playlist(String key, String path) throws Exception {
        return mvc.perform(get(path).header(StationAuthenticator.HEADER, key)).andExpect(status().isOk());
    }

    private ResultActions receipts(List<Map<String, Object>> receipts) throws Exception {
        return mvc.perform(post("/api/station/v1/receipts")
                .header(StationAuthenticator.HEADER, station.key())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("receipts", receipts))));
    }

    private Map<String, Object> receipt(String id, String startedAt, String result) {
        return Map.of("id", id, "contentId", first, "slotTime", "07:00", "startedAt", startedAt, "result", result);
    }
}
