package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** Receipts are checked one by one: a bad entry is refused with its reason, the rest of the backlog is stored. */
@IntegrationTest
class StationReceiptTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    StationFixture fixture;
    StationFixture.Created station;
    LocalDate day;
    long scheduled;
    long notScheduled;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        day = StationFixture.ownMonday(clock);
        station = fixture.station("mingren-sumu-bayantala-gacha");
        scheduled = fixture.publishedAudio("村务公开");
        notScheduled = fixture.publishedAudio("别村的节目");
        fixture.scheduleForUnit(
                "mingren-sumu-bayantala-gacha",
                day,
                day.plusDays(6),
                List.of(1, 2, 3, 4, 5, 6, 7),
                "07:00",
                List.of(scheduled));
        clock.moveTo(day.atTime(12, 0).atZone(StationFixture.ZONE).toInstant());
    }

    @Test
    void eachBadEntryIsRefusedWithItsReasonAndTheRestAreStored() throws Exception {
        OffsetDateTime now = clock.instant().atZone(StationFixture.ZONE).toOffsetDateTime();
        Map<String, Object> played = receipt("played", scheduled, day + "T07:00:00+08:00");
        Map<String, Object> clockSlightlyFast =
                receipt("fast-clock", scheduled, now.plusMinutes(3).toString());
        Map<String, Object> fromTheFuture =
                receipt("future", scheduled, now.plusMinutes(30).toString());
        Map<String, Object> beforeTheStation =
                receipt("before-station", scheduled, day.minusDays(1) + "T07:00:00+08:00");
        Map<String, Object> ancient = receipt("ancient", scheduled, day.minusYears(3) + "T07:00:00+08:00");
        Map<String, Object> unknown = receipt("unknown", 987_654_321L, day + "T07:00:00+08:00");
        Map<String, Object> elsewhere = receipt("elsewhere", notScheduled, day + "T07:00:00+08:00");
        Map<String, Object> backwards = new HashMap<>(receipt("backwards", scheduled, day + "T07:05:00+08:00"));
        backwards.put("finishedAt", day + "T07:00:00+08:00");

        JsonNode answer = api.read(receipts(List.of(
                        fromTheFuture,
                        played,
                        beforeTheStation,
                        ancient,
                        unknown,
                        clockSlightlyFast,
                        elsewhere,
                        backwards))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.duplicates").value(0)));

        Map<String, String> reasons = new HashMap<>();
        answer.get("rejected")
                .forEach(r -> reasons.put(r.get("id").asText(), r.get("reason").asText()));
        assertThat(reasons)
                .containsOnly(
                        Map.entry("future", "IN_FUTURE"),
                        Map.entry("before-station", "BEFORE_STATION"),
                        Map.entry("ancient", "TOO_OLD"),
                        Map.entry("unknown", "UNKNOWN_CONTENT"),
                        Map.entry("elsewhere", "NOT_SCHEDULED"),
                        Map.entry("backwards", "FINISHED_BEFORE_START"));
        assertThat(answer.at("/rejected/0/message").asText()).isNotBlank();
        assertThat(ledgerIds()).containsExactlyInAnyOrder("played", "fast-clock");
    }

    @Test
    void aBacklogSentAgainIsStoredOnceAndItsBadEntriesRefusedAgain() throws Exception {
        List<Map<String, Object>> backlog = List.of(
                receipt(UUID.randomUUID().toString(), scheduled, day + "T07:00:00+08:00"),
                receipt(UUID.randomUUID().toString(), notScheduled, day + "T07:00:00+08:00"),
                receipt(UUID.randomUUID().toString(), scheduled, day + "T07:00:05+08:00"));

        receipts(backlog)
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected.length()").value(1));
        receipts(backlog)
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(2))
                .andExpect(jsonPath("$.rejected[0].reason").value("NOT_SCHEDULED"));
        assertThat(ledgerIds()).hasSize(2);
    }

    @Test
    void aDatabaseErrorStoresNoneOfTheBatch() throws Exception {
        List<Map<String, Object>> batch = List.of(
                receipt("fine-" + UUID.randomUUID(), scheduled, day + "T07:00:00+08:00"),
                receipt("poison-" + UUID.randomUUID(), scheduled, day + "T07:00:05+08:00"));
        jdbc.execute("ALTER TABLE play_receipt ADD CONSTRAINT ck_test_poison CHECK (receipt_id NOT LIKE 'poison-%')");
        try {
            int status = receipts(batch).andReturn().getResponse().getStatus();
            assertThat(status).isGreaterThanOrEqualTo(400);
            assertThat(ledgerIds()).isEmpty();
        } finally {
            jdbc.execute("ALTER TABLE play_receipt DROP CONSTRAINT ck_test_poison");
        }

        receipts(batch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2));
    }

    private List<String> ledgerIds() {
        return jdbc.queryForList(
                "SELECT receipt_id FROM play_receipt WHERE station_id = ?", String.class, station.id());
    }

    private ResultActions receipts(List<Map<String, Object>> receipts) throws Exception {
        return mvc.perform(post("/api/station/v1/receipts")
                .header(StationAuthenticator.HEADER, station.key())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("receipts", receipts))));
    }

    private static Map<String, Object> receipt(String id, long contentId, String startedAt) {
        return Map.of(
                "id", id, "contentId", contentId, "slotTime", "07:00", "startedAt", startedAt, "result", "COMPLETED");
    }
}
