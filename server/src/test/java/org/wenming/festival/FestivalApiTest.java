package org.wenming.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

@IntegrationTest
class FestivalApiTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Test
    void upcomingFestivalCountsTheDaysLeftAndCarriesItsItems() throws Exception {
        moveClockTo(LocalDate.of(2027, 6, 1));

        JsonNode upcoming =
                api.read(mvc.perform(get("/api/mini/v1/festivals/upcoming")).andExpect(status().isOk()));

        assertThat(upcoming.at("/festival/code").asText()).isEqualTo("DUANWU");
        assertThat(upcoming.at("/festival/date").asText()).isEqualTo("2027-06-09");
        assertThat(upcoming.at("/festival/daysLeft").asInt()).isEqualTo(8);
        assertThat(upcoming.get("items").findValuesAsText("festivalCode"))
                .isNotEmpty()
                .containsOnly("DUANWU");
    }

    @Test
    void afterTheLastFestivalTheNextYearsFirstIsUpcoming() throws Exception {
        moveClockTo(LocalDate.of(2027, 10, 9));

        mvc.perform(get("/api/mini/v1/festivals/upcoming"))
                .andExpect(jsonPath("$.festival.code").value("CHUNJIE"))
                .andExpect(jsonPath("$.festival.date").value("2028-01-26"));
    }

    @Test
    void administratorAddsAFixedDayThatAppearsInTheCalendar() throws Exception {
        String code = "TEST_DAY_" + (System.nanoTime() % 100000);
        api.admin()
                .post(
                        "/api/admin/v1/festivals",
                        Map.of("code", code, "name", "国际志愿者日", "ruleType", "SOLAR", "month", 12, "day", 5))
                .andExpect(status().isCreated());

        JsonNode calendar = api.read(api.admin().get("/api/admin/v1/festivals?year=2027"));
        assertThat(calendar.toString()).contains(code, "2027-12-05");

        api.admin().delete("/api/admin/v1/festivals/{code}", code).andExpect(status().isNoContent());
        assertThat(api.read(api.admin().get("/api/admin/v1/festivals?year=2027"))
                        .toString())
                .doesNotContain(code);
    }

    @Test
    void aTownshipAdministratorReadsTheCalendarButChangesNoFestival() throws Exception {
        AdminApi.Session townshipAdmin = api.newUser("qinglongzhang-zhen", Role.ADMIN);
        Map<String, Object> festival =
                Map.of("code", "TOWNSHIP_DAY", "name", "镇里的节日", "ruleType", "SOLAR", "month", 3, "day", 3);

        townshipAdmin.get("/api/admin/v1/festivals?year=2027").andExpect(status().isOk());
        townshipAdmin.get("/api/admin/v1/festivals/definitions").andExpect(status().isOk());
        for (ResultActions refused : List.of(
                townshipAdmin.post("/api/admin/v1/festivals", festival),
                townshipAdmin.put("/api/admin/v1/festivals/{code}", festival, "DUANWU"),
                townshipAdmin.delete("/api/admin/v1/festivals/{code}", "DUANWU"))) {
            refused.andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("BANNER_LEVEL_REQUIRED"));
        }
        assertThat(api.read(api.admin().get("/api/admin/v1/festivals/definitions"))
                        .toString())
                .doesNotContain("TOWNSHIP_DAY")
                .contains("DUANWU");
    }

    @Test
    void builtInFestivalsAreProtected() throws Exception {
        api.admin().delete("/api/admin/v1/festivals/{code}", "DUANWU").andExpect(status().isForbidden());
        api.admin()
                .put(
                        "/api/admin/v1/festivals/{code}",
                        Map.of("code", "DUANWU", "name", "改", "ruleType", "SOLAR", "month", 1, "day", 1),
                        "DUANWU")
                .andExpect(status().isForbidden());
    }

    private void moveClockTo(LocalDate date) {
        clock.reset();
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), date);
        clock.advance(Duration.ofDays(days));
    }
}
