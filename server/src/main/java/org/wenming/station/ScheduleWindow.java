package org.wenming.station;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Schedule v2: everything a station plays over a window of up to seven days, slot by slot, so a box can
 * download and verify its files and keep playing offline. {@code version} changes only when what is played
 * changes (it is what {@code /changes} compares); {@code validUntil} is when the box should fetch again at
 * the latest even without a change notice (an item's publication window ending, the window running out).
 */
record ScheduleWindow(
        String station,
        String stationName,
        String timeZone,
        LocalDate from,
        LocalDate to,
        String version,
        OffsetDateTime generatedAt,
        OffsetDateTime validUntil,
        long pollIntervalSeconds,
        List<Urgent> urgents,
        List<Slot> slots) {

    /** What the window says of its station and days alone: its plan's slots and urgents left out. */
    ScheduleWindow header() {
        return new ScheduleWindow(
                station,
                stationName,
                timeZone,
                from,
                to,
                version,
                generatedAt,
                validUntil,
                pollIntervalSeconds,
                List.of(),
                List.of());
    }

    ScheduleWindow stamped(String version, OffsetDateTime generatedAt, OffsetDateTime validUntil) {
        return new ScheduleWindow(
                station,
                stationName,
                timeZone,
                from,
                to,
                version,
                generatedAt,
                validUntil,
                pollIntervalSeconds,
                urgents,
                slots);
    }

    /**
     * One planned play. {@code end} is when its items are planned to finish (an urgent slot never runs past
     * its insert's end); {@code priority} 0 is a regular slot, urgent slots carry their insert's; a null
     * {@code volume} leaves the box's own; {@code repeat} is WEEKLY for a slot of a schedule and ONCE for an
     * urgent insert's own start; {@code m3u} plays just this slot.
     */
    @Schema(name = "ScheduleWindowSlot")
    record Slot(
            String id,
            OffsetDateTime start,
            OffsetDateTime end,
            int priority,
            Integer volume,
            boolean urgent,
            String title,
            String repeat,
            String m3u,
            List<Playlist.Item> items)
            implements Serializable {}

    /** An urgent insert reaching the station within the window: from {@code start} it replaces regular slots until {@code end}. */
    @Schema(name = "ScheduleWindowUrgent")
    record Urgent(long id, String title, OffsetDateTime start, OffsetDateTime end, int priority, Integer volume)
            implements Serializable {}
}
