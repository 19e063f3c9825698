package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.miniapp.action.ViewFlusher;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;

/** The dashboard's weekly trend: publishes, favourites and views per Monday-start week, inside the actor's scope. */
@IntegrationTest
class ContentTrendsApiTest {

    private static final String TRENDS = "/api/admin/v1/contents/trends";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    MutableClock clock;

    @Autowired
    ViewFlusher flusher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MiniApi mini;
    /** Items this test published, taken offline afterwards: other suites count the public items. */
    final List<Published> published = new ArrayList<>();

    @AfterEach
    void takePublishedItemsOffline() throws Exception {
        clock.reset();
        for (Published item : published) {
            item.reviewer()
                    .post("/api/admin/v1/contents/{id}/offline", null, item.id())
                    .andExpect(status().isOk());
        }
    }

    @Test
    void publishesCountInTheWeekTheyHappenedAndOnlyInsideTheEditorsTownship() throws Exception {
        AdminApi.Desk east = newTownship();
        AdminApi.Desk west = newTownship();
        LocalDate thisMonday = thisMonday();
        clock.moveTo(at(thisMonday.minusWeeks(3).plusDays(2)));
        publish(east, "三周前发布的海报");
        clock.reset();
        publish(west, "本周发布的海报");
        publish(west, "本周发布的另一张海报");

        JsonNode eastWeeks = api.read(east.editor().get(TRENDS + "?weeks=4").andExpect(status().isOk()))
                .get("weeks");
        JsonNode westWeeks = api.read(west.editor().get(TRENDS + "?weeks=4").andExpect(status().isOk()))
                .get("weeks");

        assertThat(eastWeeks).hasSize(4);
        assertThat(eastWeeks.get(0).get("weekStart").asText())
                .isEqualTo(thisMonday.minusWeeks(3).toString());
        assertThat(figures(eastWeeks, "published")).containsExactly(1L, 0L, 0L, 0L);
        assertThat(figures(westWeeks, "published")).containsExactly(0L, 0L, 0L, 2L);
    }

    @Test
    void favouritesStillHeldAndFlushedViewsCountInTheirWeek() throws Exception {
        AdminApi.Desk township = newTownship();
        LocalDate lastWeek = thisMonday().minusWeeks(1).plusDays(4);
        clock.moveTo(at(lastWeek));
        long poster = publish(township, "收藏和浏览的海报");
        MiniApi.Resident early = mini.login();
        early.put("/api/mini/v1/contents/{id}/favourite", null, poster).andExpect(status().isOk());
        early.post("/api/mini/v1/contents/{id}/views", null, poster)
                .andExpect(jsonPath("$.counted").value(true));
        assertThat(flusher.flush()).isGreaterThanOrEqualTo(1);
        clock.reset();
        MiniApi.Resident keeps = mini.login();
        MiniApi.Resident changesMind = mini.login();
        keeps.put("/api/mini/v1/contents/{id}/favourite", null, poster).andExpect(status().isOk());
        changesMind.put("/api/mini/v1/contents/{id}/favourite", null, poster).andExpect(status().isOk());
        changesMind.delete("/api/mini/v1/contents/{id}/favourite", poster).andExpect(status().isOk());
        keeps.post("/api/mini/v1/contents/{id}/views", null, poster)
                .andExpect(jsonPath("$.counted").value(true));
        changesMind
                .post("/api/mini/v1/contents/{id}/views", null, poster)
                .andExpect(jsonPath("$.counted").value(true));
        assertThat(flusher.flush()).isGreaterThanOrEqualTo(2);

        assertThat(viewsOn(poster, lastWeek)).isEqualTo(1);
        assertThat(viewsOn(poster, LocalDate.now(clock))).isEqualTo(2);
        JsonNode weeks = api.read(township.editor().get(TRENDS + "?weeks=2").andExpect(status().isOk()))
                .get("weeks");
        assertThat(figures(weeks, "favourites")).containsExactly(1L, 1L);
        assertThat(figures(weeks, "views")).containsExactly(1L, 2L);
        assertThat(figures(weeks, "published")).containsExactly(1L, 0L);
    }

    @Test
    void everyWeekIsListedOldestFirstWithZerosWhenNothingHappened() throws Exception {
        AdminApi.Desk quiet = newTownship();

        JsonNode weeks =
                api.read(quiet.editor().get(TRENDS).andExpect(status().isOk())).get("weeks");

        assertThat(weeks).hasSize(12);
        for (int i = 0; i < 12; i++) {
            JsonNode week = weeks.get(i);
            assertThat(week.get("weekStart").asText())
                    .isEqualTo(thisMonday().minusWeeks(11 - i).toString());
            assertThat(List.of(
                            week.get("published").asLong(),
                            week.get("favourites").asLong(),
                            week.get("views").asLong()))
                    .containsOnly(0L);
        }
        assertThat(api.read(quiet.editor().get(TRENDS + "?weeks=52")).get("weeks"))
                .hasSize(52);
    }

    @Test
    void weeksOutsideOneToFiftyTwoAreRefused() throws Exception {
        AdminApi.Session editor = newTownship().editor();
        for (String weeks : List.of("0", "53", "-1", "abc")) {
            editor.get(TRENDS + "?weeks=" + weeks)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        }
        mvc.perform(get(TRENDS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
    }

    private long publish(AdminApi.Desk township, String title) {
        long id = township.published(ContentSamples.of(ContentKind.POSTER, township.unitId(), title));
        published.add(new Published(id, township.reviewer()));
        return id;
    }

    private long viewsOn(long contentId, LocalDate day) {
        return jdbc.queryForObject(
                "SELECT views FROM content_view_day WHERE content_id = ? AND view_date = ?",
                Long.class,
                contentId,
                day);
    }

    private LocalDate thisMonday() {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant();
    }

    private static List<Long> figures(JsonNode weeks, String field) {
        List<Long> values = new ArrayList<>();
        weeks.forEach(week -> values.add(week.get(field).asLong()));
        return values;
    }

    /** A fresh township under the banner with its own editor and reviewer, so no other test's figures show. */
    private AdminApi.Desk newTownship() throws Exception {
        String code = "trend-" + System.nanoTime();
        api.admin()
                .post(
                        "/api/admin/v1/org-units",
                        Map.of(
                                "parentId",
                                api.unitId("naiman"),
                                "code",
                                code,
                                "name",
                                "趋势测试" + code.substring(code.length() - 6),
                                "type",
                                "TOWNSHIP"))
                .andExpect(status().isCreated());
        return api.desk(code);
    }

    private record Published(long id, AdminApi.Session reviewer) {}
}
