package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** Schedule v2 as a box that keeps its week offline reads it: slots with times and files, urgent inserts, ETags. */
@IntegrationTest
class StationScheduleV2Test {

    private static final List<Integer> EVERY_DAY = List.of(1, 2, 3, 4, 5, 6, 7);

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    StationFixture fixture;
    StationFixture.Created station;
    LocalDate day;
    long morning;
    long noon;
    long warning;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
        station = fixture.station("zhian-zhen-anle-cun");
        morning = fixture.publishedAudio("早间广播");
        noon = fixture.publishedAudio("午间广播");
        warning = fixture.publishedAudio("防火紧急通知");
        api.admin()
                .post(
                        "/api/admin/v1/station-schedules",
                        Map.of(
                                "name",
                                "一周三时段",
                                "targetUnitId",
                                api.unitId("zhian-zhen"),
                                "startDate",
                                day.toString(),
                                "endDate",
                                day.plusDays(6).toString(),
                                "daysOfWeek",
                                EVERY_DAY,
                                "slots",
                                List.of(
                                        Map.of("startTime", "06:30", "contentIds", List.of(morning)),
                                        Map.of("startTime", "12:00:15", "contentIds", List.of(noon, morning)))))
                .andExpect(status().isCreated());
    }

    @Test
    void theWeekListsEverySlotWithItsTimesPriorityAndFilesToCache() throws Exception {
        JsonNode week = api.read(schedule("?from=" + day + "&to=" + day.plusDays(6)));

        assertThat(week.get("from").asText()).isEqualTo(day.toString());
        assertThat(week.get("to").asText()).isEqualTo(day.plusDays(6).toString());
        assertThat(week.get("version").asText()).matches("[0-9a-f]{24}");
        assertThat(OffsetDateTime.parse(week.get("generatedAt").asText())).isBefore(week(week, "validUntil"));
        assertThat(week(week, "validUntil"))
                .isEqualTo(day.plusDays(7).atStartOfDay(StationFixture.ZONE).toOffsetDateTime());
        JsonNode slots = week.get("slots");
        assertThat(slots).hasSize(14);
        JsonNode first = slots.get(0);
        assertThat(week(first, "start"))
                .isEqualTo(day.atTime(6, 30).atZone(StationFixture.ZONE).toOffsetDateTime());
        JsonNode item = first.at("/items/0");
        assertThat(week(first, "end"))
                .isEqualTo(week(first, "start")
                        .plusSeconds(item.get("durationSeconds").asInt()));
        assertThat(first.get("priority").asInt()).isZero();
        assertThat(first.get("urgent").asBoolean()).isFalse();
        assertThat(first.get("repeat").asText()).isEqualTo("WEEKLY");
        assertThat(first.get("m3u").asText()).contains("/api/station/v1/schedule/slot.m3u?start=");
        assertThat(item.get("contentId").asLong()).isEqualTo(morning);
        assertThat(item.get("url").asText()).startsWith("http");
        assertThat(item.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(item.get("sizeBytes").asLong()).isPositive();
        JsonNode second = slots.get(1);
        assertThat(week(second, "start"))
                .isEqualTo(day.atTime(12, 0, 15).atZone(StationFixture.ZONE).toOffsetDateTime());
        assertThat(second.at("/items/1/startsAt").asText())
                .isEqualTo(week(second, "start")
                        .plusSeconds(second.at("/items/0/durationSeconds").asInt())
                        .toString());
        assertThat(week(slots.get(13), "start").toLocalDate()).isEqualTo(day.plusDays(6));
    }

    @Test
    void anUrgentInsertCarriesItsEndPriorityAndVolumeAndReplacesTheSlotsInItsWindow() throws Exception {
        api.admin()
                .post(
                        "/api/admin/v1/station-urgent",
                        Map.of(
                                "title",
                                "防火紧急插播",
                                "targetStationId",
                                station.id(),
                                "startsAt",
                                day.atTime(11, 59, 30).toString(),
                                "endsAt",
                                day.atTime(13, 0).toString(),
                                "contentIds",
                                List.of(warning),
                                "priority",
                                900,
                                "volume",
                                85))
                .andExpect(status().isCreated());

        JsonNode today = api.read(schedule("?from=" + day + "&to=" + day));

        assertThat(starts(today)).containsExactly("06:30", "11:59:30", "12:00:15");
        JsonNode urgentStart = today.at("/slots/1");
        assertThat(urgentStart.get("urgent").asBoolean()).isTrue();
        assertThat(urgentStart.get("title").asText()).isEqualTo("防火紧急插播");
        assertThat(urgentStart.get("priority").asInt()).isEqualTo(900);
        assertThat(urgentStart.get("volume").asInt()).isEqualTo(85);
        assertThat(urgentStart.get("repeat").asText()).isEqualTo("ONCE");
        assertThat(urgentStart.at("/items/0/contentId").asLong()).isEqualTo(warning);
        JsonNode covered = today.at("/slots/2");
        assertThat(covered.get("urgent").asBoolean()).isTrue();
        assertThat(covered.at("/items/0/contentId").asLong()).isEqualTo(warning);
        assertThat(week(covered, "end"))
                .isBeforeOrEqualTo(day.atTime(13, 0).atZone(StationFixture.ZONE).toOffsetDateTime());
        assertThat(today.at("/urgents/0/end").asText()).isEqualTo(day + "T13:00:00+08:00");
        assertThat(today.at("/urgents/0/priority").asInt()).isEqualTo(900);
    }

    @Test
    void aNeighbourInTheSameVillageSharesTheWeekButNotAnInsertMeantForOneStation() throws Exception {
        StationFixture.Created neighbour = fixture.station("zhian-zhen-anle-cun");
        String today = "?from=" + day + "&to=" + day;
        JsonNode before = api.read(schedule(neighbour, today));
        api.admin()
                .post(
                        "/api/admin/v1/station-urgent",
                        Map.of(
                                "title",
                                "本站紧急插播",
                                "targetStationId",
                                station.id(),
                                "startsAt",
                                day.atTime(11, 59, 30).toString(),
                                "endsAt",
                                day.atTime(13, 0).toString(),
                                "contentIds",
                                List.of(warning)))
                .andExpect(status().isCreated());

        JsonNode targeted = api.read(schedule(station, today));
        JsonNode untouched = api.read(schedule(neighbour, today));

        assertThat(starts(targeted)).containsExactly("06:30", "11:59:30", "12:00:15");
        assertThat(targeted.get("station").asText()).isEqualTo(station.code());
        assertThat(starts(untouched)).containsExactly("06:30", "12:00:15");
        assertThat(untouched.get("station").asText()).isEqualTo(neighbour.code());
        assertThat(untouched.get("urgents")).isEmpty();
        assertThat(untouched.get("version")).isEqualTo(before.get("version"));
    }

    @Test
    void aSlotsOwnM3uPlaysJustThatSlotFromItsStart() throws Exception {
        JsonNode slot = api.read(schedule("?from=" + day + "&to=" + day)).at("/slots/1");

        String m3u = mvc.perform(get("/api/station/v1/schedule/slot.m3u")
                        .param("start", slot.get("id").asText())
                        .header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "audio/x-mpegurl;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> urls = new ArrayList<>();
        slot.get("items").forEach(item -> urls.add(item.get("url").asText()));
        assertThat(m3u.lines().filter(line -> !line.startsWith("#"))).containsExactlyElementsOf(urls);
        assertThat(m3u)
                .startsWith("#EXTM3U\n")
                .endsWith("#EXT-X-ENDLIST\n")
                .contains("#EXT-X-PROGRAM-DATE-TIME:" + day + "T12:00:15.000+08:00\n#EXTINF:");
        mvc.perform(get("/api/station/v1/schedule/slot.m3u")
                        .param("start", day + "T12:00:16+08:00")
                        .header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnchangedWeekAnswersNotModifiedAndAChangeGivesANewEtagAndVersion() throws Exception {
        ResultActions first = schedule("");
        String etag = first.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        String version = api.read(first).get("version").asText();
        assertThat(etag).startsWith("\"");

        mvc.perform(get("/api/station/v1/schedule")
                        .header(StationAuthenticator.HEADER, station.key())
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());

        api.admin().post("/api/admin/v1/contents/{id}/offline", null, noon);
        ResultActions changed = mvc.perform(get("/api/station/v1/schedule")
                        .header(StationAuthenticator.HEADER, station.key())
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, not(etag)));
        assertThat(api.read(changed).get("version").asText()).isNotEqualTo(version);
    }

    @Test
    void renamingAStationGivesItsWeekTheNewNameAndANewVersion() throws Exception {
        String version = api.read(schedule("")).get("version").asText();

        api.admin()
                .put(
                        "/api/admin/v1/stations/{id}",
                        Map.of(
                                "code",
                                station.code(),
                                "name",
                                "安乐村新广播站",
                                "orgUnitId",
                                api.unitId("zhian-zhen-anle-cun"),
                                "deviceType",
                                "IP_SPEAKER"),
                        station.id())
                .andExpect(status().isOk());

        JsonNode renamed = api.read(schedule(""));
        assertThat(renamed.get("stationName").asText()).isEqualTo("安乐村新广播站");
        assertThat(renamed.get("version").asText()).isNotEqualTo(version);
        assertThat(renamed.get("slots")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,7", "3,1", "-9,-8", "20,21"})
    void aWindowLongerThanSevenDaysBackwardsOrFarOffIsAProblem(int fromDays, int toDays) throws Exception {
        mvc.perform(get("/api/station/v1/schedule")
                        .param("from", day.plusDays(fromDays).toString())
                        .param("to", day.plusDays(toDays).toString())
                        .header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void aMalformedDateIsAProblem() throws Exception {
        mvc.perform(get("/api/station/v1/schedule")
                        .param("from", "下周一")
                        .header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions schedule(String query) throws Exception {
        return schedule(station, query);
    }

    private ResultActions schedule(StationFixture.Created box, String query) throws Exception {
        return mvc.perform(get("/api/station/v1/schedule" + query).header(StationAuthenticator.HEADER, box.key()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"));
    }

    private static OffsetDateTime week(JsonNode node, String field) {
        return OffsetDateTime.parse(node.get(field).asText());
    }

    private static List<String> starts(JsonNode window) {
        List<String> starts = new ArrayList<>();
        window.get("slots")
                .forEach(slot ->
                        starts.add(OffsetDateTime.parse(slot.get("start").asText())
                                .toLocalTime()
                                .toString()));
        return starts;
    }
}
