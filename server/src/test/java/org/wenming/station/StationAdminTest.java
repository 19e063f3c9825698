package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** Stations in the console: scope, keys shown once, health with missed slots, the ledger and its exports. */
@IntegrationTest
class StationAdminTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    StationFixture fixture;
    LocalDate day;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
    }

    @Test
    void keyIsShownOnceAndOnlyItsHintAfterwards() {
        StationFixture.Created station = fixture.station("weiliansu-xiang-hongqi-cun");

        JsonNode view = api.read(api.admin().get("/api/admin/v1/stations/{id}", station.id()));
        assertThat(view.toString()).doesNotContain(station.key());
        assertThat(station.key()).contains(view.get("keyHint").asText());
    }

    @Test
    void townshipReviewersPickAnyPlayableAudioForSchedulesIncludingTheBannersOwn() throws Exception {
        String title = "旗级早间广播100%真实" + System.nanoTime();
        fixture.publishedAudio(title);
        AdminApi.Session township = api.newUser("guribanhua-sumu", Role.REVIEWER);

        JsonNode found = api.read(township.get("/api/admin/v1/station-audio?keyword={k}", title));
        assertThat(found.findValuesAsText("title")).containsExactly(title);
        assertThat(found.get(0).get("orgUnitName").asText()).isEqualTo("奈曼旗");
        assertThat(api.read(township.get("/api/admin/v1/station-audio?keyword={k}", "旗级早间广播100_真实")))
                .isEmpty();
        township.get("/api/admin/v1/station-audio?size=0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void aNewKeyComesWithPlaylistAddressesAPlayerCanUseAsTheyAre() throws Exception {
        StationFixture.Created station = fixture.station("weiliansu-xiang-hongqi-cun");

        JsonNode issued = api.read(api.admin().post("/api/admin/v1/stations/{id}/key", null, station.id()));

        String query = "?key=" + URLEncoder.encode(issued.get("key").asText(), StandardCharsets.UTF_8);
        assertThat(issued.get("playlistUrlWithKey").asText())
                .isEqualTo("http://localhost/api/station/v1/playlist" + query);
        assertThat(issued.get("m3uUrlWithKey").asText())
                .isEqualTo("http://localhost/api/station/v1/playlist.m3u" + query);
        mvc.perform(get(URI.create(issued.get("m3uUrlWithKey").asText())))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("#EXTM3U")));
    }

    @Test
    void aNewKeyComesWithAHeaderConfigurationWhoseAddressesCarryNoKey() throws Exception {
        StationFixture.Created station = fixture.station("weiliansu-xiang-hongqi-cun");

        JsonNode issued = api.read(api.admin().post("/api/admin/v1/stations/{id}/key", null, station.id()));

        assertThat(issued.get("keyHeader").asText()).isEqualTo("X-Station-Key");
        assertThat(issued.get("playlistUrl").asText()).isEqualTo("http://localhost/api/station/v1/playlist");
        assertThat(issued.get("m3uUrl").asText()).isEqualTo("http://localhost/api/station/v1/playlist.m3u");
        mvc.perform(get(URI.create(issued.get("m3uUrl").asText()))
                        .header(
                                issued.get("keyHeader").asText(),
                                issued.get("key").asText()))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("#EXTM3U")));
    }

    @Test
    void stationsOfAnotherTownshipAreInvisible() throws Exception {
        StationFixture.Created station = fixture.station("weiliansu-xiang-hongqi-cun");
        AdminApi.Session otherAdmin = api.newUser("yilongyong-zhen", Role.ADMIN, Role.REVIEWER);

        otherAdmin.get("/api/admin/v1/stations/{id}", station.id()).andExpect(status().isNotFound());
        otherAdmin.post("/api/admin/v1/stations/{id}/key", null, station.id()).andExpect(status().isNotFound());
        assertThat(api.read(otherAdmin.get("/api/admin/v1/stations")).findValuesAsText("code"))
                .doesNotContain(station.code());
        otherAdmin
                .post(
                        "/api/admin/v1/station-schedules",
                        Map.of(
                                "name",
                                "越权计划",
                                "targetStationId",
                                station.id(),
                                "startDate",
                                day.toString(),
                                "daysOfWeek",
                                List.of(1),
                                "slots",
                                List.of(Map.of("startTime", "07:00", "contentIds", List.of(1)))))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void editorsCannotCreateStationsOrSchedules() throws Exception {
        AdminApi.Session editor = api.newUser("weiliansu-xiang", Role.EDITOR);

        editor.post(
                        "/api/admin/v1/stations",
                        Map.of(
                                "code",
                                "x-" + System.nanoTime(),
                                "name",
                                "编辑建站",
                                "orgUnitId",
                                api.unitId("weiliansu-xiang"),
                                "deviceType",
                                "OTHER"))
                .andExpect(status().isForbidden());
        editor.post("/api/admin/v1/station-schedules", Map.of("name", "x")).andExpect(status().isForbidden());
        editor.get("/api/admin/v1/station-health").andExpect(status().isOk());
    }

    @Test
    void healthShowsSlotsThatPassedWithoutAPlay() throws Exception {
        StationFixture.Created station = fixture.station("guribanhua-sumu-aobao-gacha");
        long morning = fixture.publishedAudio("早间");
        long noon = fixture.publishedAudio("午间");
        fixture.scheduleForStation(station.id(), day, "07:00", List.of(morning));
        fixture.scheduleForStation(station.id(), day, "12:00", List.of(noon));
        clock.moveTo(day.atTime(12, 30).atZone(StationFixture.ZONE).toInstant());
        receipt(station, morning, "07:00", day + "T07:00:02+08:00");

        JsonNode health = healthOf(station);
        assertThat(health.get("slotsToday").asInt()).isEqualTo(2);
        assertThat(health.get("missedSlots").toString()).isEqualTo("[\"12:00\"]");
        assertThat(health.get("lastPlayedAt").asText()).startsWith(day + "T07:00:02");
        assertThat(health.get("online").asBoolean()).isTrue();
    }

    @Test
    void ledgerNamesTheVillageOnlyForVillageStationsAndAlwaysTheirTownship() throws Exception {
        StationFixture.Created inVillage = fixture.station("guribanhua-sumu-baorihaote-gacha");
        StationFixture.Created inTownship = fixture.station("guribanhua-sumu");
        long audio = fixture.publishedAudio("台账单位测试");
        fixture.scheduleForStation(inVillage.id(), day, "07:00", List.of(audio));
        fixture.scheduleForStation(inTownship.id(), day, "07:00", List.of(audio));
        clock.moveTo(day.atTime(20, 0).atZone(StationFixture.ZONE).toInstant());
        receipt(inVillage, audio, "07:00", day + "T07:00:00+08:00");
        receipt(inTownship, audio, "07:00", day + "T07:00:01+08:00");

        JsonNode items = api.read(api.admin()
                        .get("/api/admin/v1/station-ledger?from=" + day + "&to=" + day + "&orgUnitId="
                                + api.unitId("guribanhua-sumu")))
                .get("items");

        Map<String, String> placeByStation = new HashMap<>();
        items.forEach(i -> placeByStation.put(
                i.get("stationCode").asText(),
                i.get("village").asText() + "/" + i.get("township").asText()));
        assertThat(placeByStation)
                .containsEntry(inVillage.code(), "宝日浩特嘎查/固日班花苏木")
                .containsEntry(inTownship.code(), "/固日班花苏木");
    }

    @Test
    void ledgerExportsAsCsvAndExcel() throws Exception {
        StationFixture.Created station = fixture.station("guribanhua-sumu-baorihaote-gacha");
        long audio = fixture.publishedAudio("台账测试=SUM(1)");
        fixture.scheduleForStation(station.id(), day, "07:00", List.of(audio));
        fixture.scheduleForStation(station.id(), day, "18:30", List.of(audio));
        clock.moveTo(day.atTime(20, 0).atZone(StationFixture.ZONE).toInstant());
        receipt(station, audio, "07:00", day + "T07:00:00+08:00");
        receipt(station, audio, "18:30", day + "T18:30:00+08:00");
        String query = "from=" + day + "&to=" + day + "&stationId=" + station.id();

        byte[] csv = api.admin()
                .get("/api/admin/v1/station-ledger/export.csv?" + query)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF日期,开始时间");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("固日班花苏木", "播放完成", "\"台账测试=SUM(1)\"");

        byte[] xlsx = api.admin()
                .get("/api/admin/v1/station-ledger/export.xlsx?" + query)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("18:30");
        }
    }

    @Test
    void ledgerRejectsBadRanges() throws Exception {
        api.admin()
                .get("/api/admin/v1/station-ledger?from=" + day + "&to=" + day.minusDays(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.admin()
                .get("/api/admin/v1/station-ledger?from=" + day.minusYears(3) + "&to=" + day)
                .andExpect(status().isBadRequest());
        api.admin()
                .get("/api/admin/v1/station-ledger/export.csv?from=bad&to=" + day)
                .andExpect(status().isBadRequest());
    }

    private JsonNode healthOf(StationFixture.Created station) {
        JsonNode all = api.read(api.admin().get("/api/admin/v1/station-health"));
        for (JsonNode health : all) {
            if (health.get("code").asText().equals(station.code())) {
                return health;
            }
        }
        throw new AssertionError("no health for " + station.code());
    }

    private void receipt(StationFixture.Created station, long contentId, String slot, String startedAt)
            throws Exception {
        mvc.perform(post("/api/station/v1/receipts")
                        .header(StationAuthenticator.HEADER, station.key())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receipts\":[{\"id\":\"r-" + System.nanoTime() + "\",\"contentId\":" + contentId
                                + ",\"slotTime\":\"" + slot + "\",\"startedAt\":\"" + startedAt
                                + "\",\"finishedAt\":\""
                                + startedAt.replace(":00+", ":59+").replace(":02+", ":59+")
                                + "\",\"result\":\"COMPLETED\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
    }
}
