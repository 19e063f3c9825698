package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.org.OrgUnitType;

/** Station health and the ledger (台账) of what stations played, inside the actor's scope. */
@Service
class StationReportService {

    /** A play that starts this long before its slot still counts for it (players' clocks drift). */
    private static final Duration EARLY_TOLERANCE = Duration.ofMinutes(5);

    private static final int EXPORT_BATCH = 1000;
    private static final Set<OrgUnitType> VILLAGE_TYPES = Set.of(OrgUnitType.VILLAGE, OrgUnitType.COMMUNITY);
    private static final Set<OrgUnitType> TOWNSHIP_TYPES =
            Set.of(OrgUnitType.TOWNSHIP, OrgUnitType.SUBDISTRICT, OrgUnitType.DEPARTMENT);
    static final int MAX_LEDGER_DAYS = 366;

    private final StationService stations;
    private final PlaylistService playlists;
    private final LedgerMapper ledger;
    private final PlayReceiptMapper receipts;
    private final OrgUnitService units;
    private final HeartbeatService heartbeats;
    private final StationProperties settings;
    private final ZoneId serverZone;
    private final Clock clock;

    public StationReportService(
            StationService stations,
            PlaylistService playlists,
            LedgerMapper ledger,
            PlayReceiptMapper receipts,
            OrgUnitService units,
            HeartbeatService heartbeats,
            StationProperties settings,
            WenmingProperties properties,
            Clock clock) {
        this.stations = stations;
        this.playlists = playlists;
        this.ledger = ledger;
        this.receipts = receipts;
        this.units = units;
        this.heartbeats = heartbeats;
        this.settings = settings;
        this.serverZone = properties.zone();
        this.clock = clock;
    }

    public List<StationHealth> health(Actor actor) {
        List<Station> inScope = stations.inScope(actor);
        if (inScope.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDateTime> lastPlayed = ledger
                .lastPlayed(inScope.stream().map(Station::getId).toList())
                .stream()
                .collect(Collectors.toMap(row -> row.stationId, row -> row.lastPlayedAt));
        Map<Long, StationHeartbeat> lastHeartbeat =
                heartbeats.latest(inScope.stream().map(Station::getId).toList());
        Map<Long, OrgUnit> byId = units.byId();
        LocalDateTime now = LocalDateTime.now(clock);
        return inScope.stream()
                .map(s -> {
                    StationIdentity identity = new StationIdentity(
                            s.getId(),
                            s.getCode(),
                            s.getName(),
                            s.getOrgUnitId(),
                            s.getTimeZone(),
                            Boolean.TRUE.equals(s.getEnabled()));
                    List<Playlist.Slot> today = playlists
                            .build(
                                    identity,
                                    clock.instant().atZone(identity.zone()).toLocalDate(),
                                    "")
                            .slots();
                    StationHeartbeat heartbeat = lastHeartbeat.get(s.getId());
                    boolean online = heartbeat != null
                            ? heartbeat
                                    .getReceivedAt()
                                    .plus(settings.heartbeatWindow())
                                    .isAfter(now)
                            : s.getLastSeenAt() != null
                                    && s.getLastSeenAt()
                                            .plus(settings.onlineWindow())
                                            .isAfter(now);
                    return new StationHealth(
                            s.getId(),
                            s.getCode(),
                            s.getName(),
                            byId.get(s.getOrgUnitId()).getName(),
                            identity.enabled(),
                            online,
                            s.getLastSeenAt(),
                            lastPlayed.get(s.getId()),
                            today.size(),
                            missedSlots(s.getId(), today),
                            heartbeat == null ? null : StationHealth.Heartbeat.of(heartbeat));
                })
                .toList();
    }

    public PageResult<LedgerEntry> ledger(Actor actor, LedgerQuery query, int page, int size) {
        List<Long> stationIds = stationIds(actor, query);
        if (stationIds.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        LocalDateTime from = query.from().atStartOfDay();
        LocalDateTime to = query.to().plusDays(1).atStartOfDay();
        long total = ledger.count(stationIds, from, to);
        List<LedgerEntry> rows = entries(ledger.rows(stationIds, from, to, size, (long) (page - 1) * size));
        return new PageResult<>(rows, total, page, size);
    }

    /** Streams every ledger line of the query, a batch at a time, for the CSV and Excel exports. */
    public void export(Actor actor, LedgerQuery query, Consumer<LedgerEntry> sink) {
        List<Long> stationIds = stationIds(actor, query);
        if (stationIds.isEmpty()) {
            return;
        }
        LocalDateTime from = query.from().atStartOfDay();
        LocalDateTime to = query.to().plusDays(1).atStartOfDay();
        long offset = 0;
        List<LedgerMapper.LedgerRow> batch;
        do {
            batch = ledger.rows(stationIds, from, to, EXPORT_BATCH, offset);
            entries(batch).forEach(sink);
            offset += batch.size();
        } while (batch.size() == EXPORT_BATCH);
    }

    private List<String> missedSlots(long stationId, List<Playlist.Slot> today) {
        OffsetDateTime now = clock.instant().atZone(serverZone).toOffsetDateTime();
        List<String> missed = new ArrayList<>();
        for (Playlist.Slot slot : today) {
            OffsetDateTime deadline = slot.startsAt().plus(settings.missedSlotGrace());
            if (deadline.isAfter(now)) {
                continue;
            }
            LocalDateTime from = slot.startsAt()
                    .minus(EARLY_TOLERANCE)
                    .atZoneSameInstant(serverZone)
                    .toLocalDateTime();
            LocalDateTime until = deadline.atZoneSameInstant(serverZone).toLocalDateTime();
            boolean played = receipts.exists(new LambdaQueryWrapper<PlayReceipt>()
                    .eq(PlayReceipt::getStationId, stationId)
                    .and(w -> w.eq(PlayReceipt::getSlotTime, slot.time())
                            .ge(PlayReceipt::getStartedAt, from.toLocalDate().atStartOfDay())
                            .or(x -> x.ge(PlayReceipt::getStartedAt, from).le(PlayReceipt::getStartedAt, until))));
            if (!played) {
                missed.add(slot.time());
            }
        }
        return missed;
    }

    private List<Long> stationIds(Actor actor, LedgerQuery query) {
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "请填写正确的起止日期");
        }
        if (query.from().plusDays(MAX_LEDGER_DAYS).isBefore(query.to())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "一次最多查询 " + MAX_LEDGER_DAYS + " 天");
        }
        String scope = actor.orgUnitPath();
        if (query.orgUnitId() != null) {
            OrgUnit unit = units.get(query.orgUnitId());
            units.requireScope(actor, unit);
            scope = unit.getPath();
        }
        String path = scope;
        Map<Long, OrgUnit> byId = units.byId();
        return stations.inScope(actor).stream()
                .filter(s -> byId.get(s.getOrgUnitId()).getPath().startsWith(path))
                .filter(s -> query.stationId() == null || query.stationId().equals(s.getId()))
                .map(Station::getId)
                .toList();
    }

    private List<LedgerEntry> entries(List<LedgerMapper.LedgerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, OrgUnit> byId = units.byId();
        Map<Long, Station> byStation = new HashMap<>();
        rows.stream().map(row -> row.stationId).distinct().forEach(id -> byStation.put(id, stations.find(id)));
        return rows.stream()
                .map(row -> {
                    Station station = byStation.get(row.stationId);
                    OrgUnit unit = byId.get(station.getOrgUnitId());
                    return new LedgerEntry(
                            row.startedAt.toLocalDate(),
                            station.getCode(),
                            station.getName(),
                            VILLAGE_TYPES.contains(unit.getType()) ? unit.getName() : "",
                            townshipOf(unit, byId),
                            row.contentId,
                            row.title == null ? "（已删除）" : row.title,
                            row.slotTime,
                            row.startedAt,
                            row.finishedAt,
                            row.result,
                            row.result.label());
                })
                .toList();
    }

    /**
     * The 苏木乡镇 (or 街道, or 旗直部门) a station belongs to: its own unit or the nearest one above it; empty
     * for a station of the banner itself.
     */
    private static String townshipOf(OrgUnit unit, Map<Long, OrgUnit> byId) {
        for (OrgUnit u = unit; u != null; u = u.getParentId() == null ? null : byId.get(u.getParentId())) {
            if (TOWNSHIP_TYPES.contains(u.getType())) {
                return u.getName();
            }
        }
        return "";
    }

    /** Filters of the ledger, bound from the query string of the ledger and its exports. */
    public record LedgerQuery(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Long orgUnitId,
            Long stationId) {}
}
