package org.wenming.station;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How a station is doing today: seen, played, the slots whose time passed without a play, and what its box
 * said in its last heartbeat (null before the first). A station that sends heartbeats is online until it
 * misses the configured number of them; one that only polls, while it polls.
 */
record StationHealth(
        long stationId,
        String code,
        String name,
        String orgUnitName,
        boolean enabled,
        boolean online,
        LocalDateTime lastSeenAt,
        LocalDateTime lastPlayedAt,
        int slotsToday,
        List<String> missedSlots,
        Heartbeat heartbeat) {

    @Schema(name = "StationHeartbeat")
    record Heartbeat(
            LocalDateTime receivedAt,
            String appVersion,
            String status,
            Integer volume,
            Long freeBytes,
            Integer cachedCount,
            List<String> missingSha256,
            String nowPlaying,
            String lastError) {

        static Heartbeat of(StationHeartbeat row) {
            return new Heartbeat(
                    row.getReceivedAt(),
                    row.getAppVersion(),
                    row.getStatus(),
                    row.getVolume(),
                    row.getFreeBytes(),
                    row.getCachedCount(),
                    row.getMissingSha256() == null || row.getMissingSha256().isEmpty()
                            ? List.of()
                            : List.of(row.getMissingSha256().split(",")),
                    row.getNowPlaying(),
                    row.getLastError());
        }
    }
}
