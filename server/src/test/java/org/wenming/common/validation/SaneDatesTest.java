package org.wenming.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/**
 * Dates outside the years the platform can mean are refused with 400 before anything is written: year −5 is
 * not stored as year 0006, and a schedule with its slots is written whole or not at all.
 */
@IntegrationTest
class SaneDatesTest {

    @Autowired
    AdminApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScheduleStartingInYearMinusFiveIsRefusedAndNothingOfItIsWritten() throws Exception {
        String name = "负五年计划" + System.nanoTime();
        api.admin()
                .post(
                        "/api/admin/v1/station-schedules",
                        Map.of(
                                "name",
                                name,
                                "targetUnitId",
                                api.unitId("naiman"),
                                "startDate",
                                "-0005-01-01",
                                "daysOfWeek",
                                List.of(1),
                                "slots",
                                List.of(Map.of("startTime", "07:00", "contentIds", List.of(1)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station_schedule WHERE name = ?", Long.class, name))
                .isZero();
    }

    @Test
    void aPublicationDatedInYearMinusFiveIsRefusedAndTheItemStaysApproved() throws Exception {
        AdminApi.Desk desk = api.desk("naiman");
        long id = desk.approved(ContentSamples.of(ContentKind.POSTER, api.unitId("naiman"), "负五年发布"));

        desk.reviewer()
                .post("/api/admin/v1/contents/{id}/publish", Map.of("publishAt", "-0005-06-01T08:00:00"), id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        assertThat(desk.editor().content(id).get("status").asText()).isEqualTo("APPROVED");
    }
}
