package org.wenming.station;

import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which schedule plays at a slot time when several cover a station: the one whose target names it most
 * specifically (the station itself, then the deepest org unit above it), and among equals the newest
 * schedule, so an office's later plan replaces an earlier one without deleting it.
 */
final class SlotPrecedence {

    /** The target does not cover the station. */
    static final int NOT_COVERED = -1;

    private static final int STATION_ITSELF = Integer.MAX_VALUE;

    private SlotPrecedence() {}

    /**
     * How specifically a target names a station: {@link #NOT_COVERED}, the depth of a covering unit, or more
     * than any depth for the station itself. Exactly one of {@code targetStationId} and
     * {@code targetUnitPath} is set.
     */
    static int specificity(Long targetStationId, String targetUnitPath, long stationId, String stationPath) {
        if (targetStationId != null) {
            return targetStationId == stationId ? STATION_ITSELF : NOT_COVERED;
        }
        return stationPath.startsWith(targetUnitPath) ? targetUnitPath.split("/").length : NOT_COVERED;
    }

    /** For each start time, the slot of the winning schedule; {@code specificity} holds every slot's schedule. */
    static Map<LocalTime, StationSlot> winners(Collection<StationSlot> slots, Map<Long, Integer> specificity) {
        Comparator<StationSlot> precedence = Comparator.<StationSlot>comparingInt(
                        slot -> specificity.get(slot.getScheduleId()))
                .thenComparingLong(StationSlot::getScheduleId);
        Map<LocalTime, StationSlot> winners = new TreeMap<>();
        for (StationSlot slot : slots) {
            winners.merge(
                    LocalTime.parse(slot.getStartTime()),
                    slot,
                    (current, other) -> precedence.compare(current, other) >= 0 ? current : other);
        }
        return winners;
    }
}
