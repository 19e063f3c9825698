package org.wenming.station;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a station plays on one day. It depends only on the date and the stored state, never on the time of
 * the request, so its ETag stays the same until something really changes; {@code changesAt} lists the
 * moments of the day when it changes by itself (urgent inserts starting or ending, items going offline).
 */
record Playlist(
        String station,
        String stationName,
        LocalDate date,
        String timeZone,
        long pollIntervalSeconds,
        List<OffsetDateTime> changesAt,
        List<Slot> slots) {

    @Schema(name = "PlaylistSlot")
    public record Slot(String time, OffsetDateTime startsAt, boolean urgent, String urgentTitle, List<Item> items)
            implements Serializable {}

    /** {@code sha256} lets players cache files offline; it and {@code sizeBytes} are absent while the file is unknown. */
    @Schema(name = "PlaylistItem")
    public record Item(
            long contentId,
            String title,
            String url,
            Integer durationSeconds,
            Long sizeBytes,
            String sha256,
            OffsetDateTime startsAt)
            implements Serializable {}
}
