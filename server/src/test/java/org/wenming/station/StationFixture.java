package org.wenming.station;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.MutableClock;

/** Builds stations, published audio and schedules through the admin API, as an office would. */
final class StationFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 1, 6);
    private static final AtomicInteger WEEKS = new AtomicInteger();

    final AdminApi api;
    final AdminApi.Session admin;
    private final AdminApi.Desk banner;

    StationFixture(AdminApi api) {
        this.api = api;
        this.admin = api.admin();
        this.banner = api.desk("naiman");
    }

    /**
     * Moves the clock to 06:00 of a Monday that no other station test of this JVM lives in (each gets two
     * weeks to itself), so schedules made by other tests never reach it.
     */
    static LocalDate ownMonday(MutableClock clock) {
        LocalDate monday = FIRST_MONDAY.plusWeeks(WEEKS.getAndAdd(2));
        clock.moveTo(monday.atTime(6, 0).atZone(ZONE).toInstant());
        return monday;
    }

    /** A new station of the unit (usually a village); returns its id and key. */
    Created station(String unitCode) {
        String code = "st-" + System.nanoTime();
        JsonNode issued = api.read(admin.post(
                "/api/admin/v1/stations",
                Map.of(
                        "code",
                        code,
                        "name",
                        "广播站" + code,
                        "orgUnitId",
                        api.unitId(unitCode),
                        "deviceType",
                        "IP_SPEAKER")));
        return new Created(
                issued.at("/station/id").asLong(), code, issued.get("key").asText());
    }

    long publishedAudio(String title) {
        return banner.published(ContentSamples.of(ContentKind.AUDIO, banner.unitId(), title));
    }

    long scheduleForUnit(
            String unitCode, LocalDate from, LocalDate to, List<Integer> days, String time, List<Long> items) {
        return schedule(Map.of("targetUnitId", api.unitId(unitCode)), from, to, days, time, items);
    }

    long scheduleForStation(long stationId, LocalDate day, String time, List<Long> items) {
        return schedule(Map.of("targetStationId", stationId), day, day, List.of(1, 2, 3, 4, 5, 6, 7), time, items);
    }

    long urgentForUnit(String unitCode, LocalDateTime startsAt, LocalDateTime endsAt, long item) {
        Map<String, Object> body = Map.of(
                "title",
                "紧急插播" + System.nanoTime(),
                "targetUnitId",
                api.unitId(unitCode),
                "startsAt",
                startsAt.toString(),
                "endsAt",
                endsAt.toString(),
                "contentIds",
                List.of(item));
        try {
            return api.read(admin.post("/api/admin/v1/station-urgent", body).andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void endUrgent(long id) {
        try {
            admin.post("/api/admin/v1/station-urgent/{id}/end", Map.of(), id).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long schedule(
            Map<String, Object> target,
            LocalDate from,
            LocalDate to,
            List<Integer> days,
            String time,
            List<Long> items) {
        Map<String, Object> body = new HashMap<>(target);
        body.put("name", "计划" + System.nanoTime());
        body.put("startDate", from.toString());
        if (to != null) {
            body.put("endDate", to.toString());
        }
        body.put("daysOfWeek", days);
        body.put("slots", List.of(Map.of("startTime", time, "contentIds", items)));
        try {
            return api.read(admin.post("/api/admin/v1/station-schedules", body).andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Created(long id, String code, String key) {}
}
