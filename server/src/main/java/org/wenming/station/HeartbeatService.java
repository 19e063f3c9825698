package org.wenming.station;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Keeps each station's last heartbeat (one row per station, overwritten) and answers it with the files the
 * box reported missing that its week still plays, so it downloads them again without waiting for a change.
 */
@Service
class HeartbeatService {

    private final StationHeartbeatMapper heartbeats;
    private final ScheduleWindowService schedules;
    private final StationProperties settings;
    private final Clock clock;

    public HeartbeatService(
            StationHeartbeatMapper heartbeats,
            ScheduleWindowService schedules,
            StationProperties settings,
            Clock clock) {
        this.heartbeats = heartbeats;
        this.schedules = schedules;
        this.settings = settings;
        this.clock = clock;
    }

    public HeartbeatAnswer record(StationIdentity station, ReceiptRequests.Heartbeat heartbeat, String baseUrl) {
        ReceiptRequests.Heartbeat reported = heartbeat == null
                ? new ReceiptRequests.Heartbeat(null, null, null, null, null, null, null, null, null)
                : heartbeat;
        store(station, reported);
        List<String> missing = reported.missingSha256() == null ? List.of() : reported.missingSha256();
        return new HeartbeatAnswer(
                OffsetDateTime.now(clock),
                settings.pollInterval().toSeconds(),
                settings.heartbeatInterval().toSeconds(),
                missing.isEmpty() ? List.of() : scheduledFiles(station, Set.copyOf(missing), baseUrl));
    }

    private void store(StationIdentity station, ReceiptRequests.Heartbeat reported) {
        StationHeartbeat row = new StationHeartbeat();
        row.setStationId(station.id());
        row.setAppVersion(reported.appVersion());
        row.setStatus(reported.status());
        row.setVolume(reported.volume());
        row.setFreeBytes(reported.freeBytes());
        row.setCachedCount(
                reported.cachedCount() != null
                        ? reported.cachedCount()
                        : reported.cachedSha256() == null
                                ? null
                                : reported.cachedSha256().size());
        row.setMissingSha256(reported.missingSha256() == null ? null : String.join(",", reported.missingSha256()));
        row.setNowPlaying(reported.nowPlaying());
        row.setLastError(reported.lastError());
        row.setReceivedAt(LocalDateTime.now(clock));
        if (heartbeats.updateById(row) == 0) {
            try {
                heartbeats.insert(row);
            } catch (DuplicateKeyException e) {
                heartbeats.updateById(row);
            }
        }
    }

    /** One item per missing file the station's week plays (the same file may be scheduled many times). */
    private List<Playlist.Item> scheduledFiles(StationIdentity station, Set<String> missing, String baseUrl) {
        LocalDate today = clock.instant().atZone(station.zone()).toLocalDate();
        Map<String, Playlist.Item> bySha = new LinkedHashMap<>();
        schedules.build(station, today, today.plusDays(ScheduleWindowService.MAX_DAYS - 1), baseUrl).slots().stream()
                .map(ScheduleWindow.Slot::items)
                .flatMap(Collection::stream)
                .filter(item -> item.sha256() != null && missing.contains(item.sha256()))
                .forEach(item -> bySha.putIfAbsent(item.sha256(), item));
        return List.copyOf(bySha.values());
    }

    public Map<Long, StationHeartbeat> latest(Collection<Long> stationIds) {
        Map<Long, StationHeartbeat> byStation = new LinkedHashMap<>();
        if (!stationIds.isEmpty()) {
            heartbeats.selectBatchIds(stationIds).forEach(row -> byStation.put(row.getStationId(), row));
        }
        return byStation;
    }

    /** {@code download}: files the box reported missing, listed again with their URL, size and SHA-256. */
    record HeartbeatAnswer(
            OffsetDateTime serverTime,
            long pollIntervalSeconds,
            long heartbeatIntervalSeconds,
            List<Playlist.Item> download) {}
}
