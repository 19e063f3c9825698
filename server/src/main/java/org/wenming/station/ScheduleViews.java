package org.wenming.station;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Schedules and urgent inserts as the console shows them. */
final class ScheduleViews {

    private ScheduleViews() {}

    record Schedule(
            long id,
            String name,
            Long targetUnitId,
            Long targetStationId,
            String targetName,
            LocalDate startDate,
            LocalDate endDate,
            List<Integer> daysOfWeek,
            boolean enabled,
            List<Slot> slots) {}

    @Schema(name = "ScheduleSlot")
    record Slot(String startTime, List<Item> items) {}

    /** {@code title} is null when the item is no longer published: it will not be played. */
    @Schema(name = "ScheduleItem")
    record Item(long contentId, String title, Integer durationSeconds) {}

    record Urgent(
            long id,
            String title,
            Long targetUnitId,
            Long targetStationId,
            String targetName,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            int priority,
            Integer volume,
            List<Item> items) {}
}
