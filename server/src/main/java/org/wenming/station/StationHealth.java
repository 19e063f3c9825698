package org.wenming.station;

import java.time.LocalDateTime;
import java.util.List;

/** How a station is doing today: seen, played, and the slots whose time passed without a play. */
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
        List<String> missedSlots) {}
