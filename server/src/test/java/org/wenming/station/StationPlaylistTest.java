package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.media.AudioRenditions;
import org.wenming.media.Rendition;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** What a station plays: targeting precedence, days of week, date edges, urgent inserts, offline items. */
@IntegrationTest
class StationPlaylistTest {

    private static final List<Integer> EVERY_DAY = List.of(1, 2, 3, 4, 5, 6, 7);

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    AudioRenditions renditions;

    StationFixture fixture;
    /** Each test lives on a Monday of its own, so schedules of other tests never reach it. */
    LocalDate day;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
    }

    @Test
    void theMostSpecificTargetWinsEachSlot() throws Exception {
        StationFixture.Created dongsheng = fixture.station("daqintala-zhen-dongsheng-cun");
        StationFixture.Created fumin = fixture.station("daqintala-zhen-fumin-cun");
        StationFixture.Created xiangyang = fixture.station("baxiantong-zhen-xiangyang-cun");
        long bannerAudio = fixture.publishedAudio("全旗早间广播");
        long townshipAudio = fixture.publishedAudio("大沁他拉镇早间广播");
        long stationAudio = fixture.publishedAudio("东胜村早间广播");
        long noonAudio = fixture.publishedAudio("全旗午间广播");
        fixture.scheduleForUnit("naiman", day, day, EVERY_DAY, "07:00", List.of(bannerAudio));
        fixture.scheduleForUnit("naiman", day, day, EVERY_DAY, "12:00", List.of(noonAudio));
        fixture.scheduleForUnit("daqintala-zhen", day, day, EVERY_DAY, "07:00", List.of(townshipAudio));
        fixture.scheduleForStation(dongsheng.id(), day, "07:00", List.of(stationAudio));

        assertThat(slotItems(dongsheng)).containsExactly("07:00=" + stationAudio, "12:00=" + noonAudio);
        assertThat(slotItems(fumin)).containsExactly("07:00=" + townshipAudio, "12:00=" + noonAudio);
        assertThat(slotItems(xiangyang)).containsExactly("07:00=" + bannerAudio, "12:00=" + noonAudio);
    }

    @Test
    void weekdayScheduleIsSilentAtTheWeekend() throws Exception {
        StationFixture.Created station = fixture.station("qinglongzhang-zhen-fuxing-cun");
        long audio = fixture.publishedAudio("工作日广播");
        LocalDate monday = day;
        fixture.scheduleForUnit(
                "qinglongzhang-zhen", monday, monday.plusDays(6), List.of(1, 2, 3, 4, 5), "08:00", List.of(audio));

        assertThat(slotItems(station, monday)).containsExactly("08:00=" + audio);
        assertThat(slotItems(station, monday.plusDays(5))).isEmpty();
    }

    @Test
    void dateRangeIncludesItsFirstAndLastDayOnly() throws Exception {
        StationFixture.Created station = fixture.station("dongming-zhen-heping-cun");
        long audio = fixture.publishedAudio("三天的广播");
        fixture.scheduleForUnit("dongming-zhen", day.plusDays(1), day.plusDays(3), EVERY_DAY, "09:00", List.of(audio));

        assertThat(slotItems(station, day)).isEmpty();
        assertThat(slotItems(station, day.plusDays(1))).containsExactly("09:00=" + audio);
        assertThat(slotItems(station, day.plusDays(3))).containsExactly("09:00=" + audio);
        assertThat(slotItems(station, day.plusDays(4))).isEmpty();
    }

    @Test
    void urgentInsertReplacesTheSlotsInItsWindowAndStartsItsOwn() throws Exception {
        StationFixture.Created station = fixture.station("zhian-zhen-anle-cun");
        long regular = fixture.publishedAudio("日常广播");
        long warning = fixture.publishedAudio("防汛紧急通知");
        fixture.scheduleForUnit("zhian-zhen", day, day, EVERY_DAY, "10:00", List.of(regular));
        api.admin()
                .post(
                        "/api/admin/v1/station-schedules",
                        Map.of(
                                "name",
                                "多时段",
                                "targetUnitId",
                                api.unitId("zhian-zhen"),
                                "startDate",
                                day.toString(),
                                "endDate",
                                day.toString(),
                                "daysOfWeek",
                                EVERY_DAY,
                                "slots",
                                List.of(Map.of("startTime", "18:30", "contentIds", List.of(regular)))));
        api.admin()
                .post(
                        "/api/admin/v1/station-urgent",
                        Map.of(
                                "title",
                                "防汛紧急插播",
                                "targetUnitId",
                                api.unitId("zhian-zhen"),
                                "startsAt",
                                day.atTime(9, 45).toString(),
                                "endsAt",
                                day.atTime(12, 0).toString(),
                                "contentIds",
                                List.of(warning)));

        JsonNode playlist = playlist(station, day);
        assertThat(slotItems(playlist)).containsExactly("09:45=" + warning, "10:00=" + warning, "18:30=" + regular);
        assertThat(playlist.at("/slots/1/urgent").asBoolean()).isTrue();
        assertThat(playlist.at("/slots/1/urgentTitle").asText()).isEqualTo("防汛紧急插播");
        assertThat(playlist.at("/slots/2/urgent").asBoolean()).isFalse();
        assertThat(playlist.get("changesAt").toString()).contains("T09:45:00+08:00", "T12:00:00+08:00");
    }

    @Test
    void anInsertStartsAtItsSecondAndOneEndedBeforeItBeganPlaysNowhere() throws Exception {
        StationFixture.Created station = fixture.station("zhian-zhen-anle-cun");
        long flood = fixture.publishedAudio("防汛紧急通知");
        long fire = fixture.publishedAudio("防火紧急通知");
        fixture.urgentForUnit("zhian-zhen", day.atTime(9, 45, 30), day.atTime(10, 0), flood);
        fixture.endUrgent(fixture.urgentForUnit("zhian-zhen", day.atTime(11, 0), day.atTime(11, 30), fire));

        assertThat(slotItems(station)).containsExactly("09:45:30=" + flood);
        JsonNode week = api.read(mvc.perform(get("/api/station/v1/schedule?from=" + day + "&to=" + day)
                        .header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isOk()));
        assertThat(week.at("/slots/0/start").asText()).isEqualTo(day + "T09:45:30+08:00");
        assertThat(week.get("slots")).hasSize(1);
    }

    @Test
    void itemsTakenOfflineDropOutOfEveryPlaylistAtOnce() throws Exception {
        StationFixture.Created station = fixture.station("xin-zhen-xinxing-cun");
        long kept = fixture.publishedAudio("保留的广播");
        long withdrawn = fixture.publishedAudio("将下线的广播");
        fixture.scheduleForUnit("xin-zhen", day, day, EVERY_DAY, "07:30", List.of(withdrawn, kept));
        assertThat(slotItems(station)).containsExactly("07:30=" + withdrawn, "07:30=" + kept);

        api.admin().post("/api/admin/v1/contents/{id}/offline", Map.of("reason", "内容过期"), withdrawn);

        assertThat(slotItems(station)).containsExactly("07:30=" + kept);
    }

    @Test
    void itemsStartOneAfterAnother() throws Exception {
        StationFixture.Created station = fixture.station("tuchengzi-xiang-qianjin-cun");
        long first = fixture.publishedAudio("第一条");
        long second = fixture.publishedAudio("第二条");
        fixture.scheduleForStation(station.id(), day, "07:00", List.of(first, second));

        JsonNode items = playlist(station, day).at("/slots/0/items");
        assertThat(items.get(0).get("startsAt").asText()).isEqualTo(day + "T07:00:00+08:00");
        assertThat(LocalDateTime.parse(items.get(1).get("startsAt").asText().substring(0, 19)))
                .isEqualTo(day.atTime(7, 0)
                        .plusSeconds(items.get(0).get("durationSeconds").asInt()));
        assertThat(items.get(0).get("sha256").asText()).hasSize(64);
        assertThat(items.get(0).get("url").asText()).startsWith("http://localhost/media/");
    }

    @Test
    void eachItemIsTheStationRenditionWithItsHash() throws Exception {
        StationFixture.Created station = fixture.station("daqintala-zhen-dongsheng-cun");
        long audio = fixture.publishedAudio("校验哈希的广播");
        fixture.scheduleForStation(station.id(), day, "06:30", List.of(audio));

        JsonNode item = playlist(station, day).at("/slots/0/items/0");
        assertThat(item.get("contentId").asLong()).isEqualTo(audio);
        Rendition rendition =
                renditions.stationRendition(ContentSamples.AUDIO_KEY).orElseThrow();
        assertThat(item.get("sha256").asText()).isEqualTo(rendition.sha256());
        assertThat(item.get("url").asText()).isEqualTo("http://localhost" + rendition.url());
    }

    @Test
    void schedulesOnlyTakePublishedAudio() throws Exception {
        long poster = api.read(api.admin().get("/api/admin/v1/contents?kind=POSTER&status=PUBLISHED&size=1"))
                .at("/items/0/id")
                .asLong();

        JsonNode problem = api.read(api.admin()
                .post(
                        "/api/admin/v1/station-schedules",
                        Map.of(
                                "name",
                                "错误计划",
                                "targetUnitId",
                                api.unitId("naiman"),
                                "startDate",
                                day.toString(),
                                "daysOfWeek",
                                EVERY_DAY,
                                "slots",
                                List.of(Map.of("startTime", "07:00", "contentIds", List.of(poster))))));
        assertThat(problem.get("code").asText()).isEqualTo("NOT_PLAYABLE");
    }

    private List<String> slotItems(StationFixture.Created station) throws Exception {
        return slotItems(station, day);
    }

    private List<String> slotItems(StationFixture.Created station, LocalDate date) throws Exception {
        return slotItems(playlist(station, date));
    }

    private JsonNode playlist(StationFixture.Created station, LocalDate date) throws Exception {
        JsonNode playlist = api.read(mvc.perform(
                        get("/api/station/v1/playlist?date=" + date).header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isOk()));
        assertThat(playlist.get("station").asText()).isEqualTo(station.code());
        return playlist;
    }

    private static List<String> slotItems(JsonNode playlist) {
        List<String> result = new ArrayList<>();
        playlist.get("slots")
                .forEach(slot -> slot.get("items")
                        .forEach(item -> result.add(slot.get("time").asText() + "="
                                + item.get("contentId").asLong())));
        return result;
    }
}
