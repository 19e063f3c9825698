package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/** Stations of the actor's subtree: creation, keys, enabling. */
@Service
class StationService {

    private final StationMapper mapper;
    private final OrgUnitService units;
    private final AuditService audit;
    private final WenmingProperties properties;
    private final Clock clock;
    private final StationAddresses addresses;
    private final StationChanges changes;

    public StationService(
            StationMapper mapper,
            OrgUnitService units,
            AuditService audit,
            WenmingProperties properties,
            Clock clock,
            StationAddresses addresses,
            StationChanges changes) {
        this.mapper = mapper;
        this.units = units;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.addresses = addresses;
        this.changes = changes;
    }

    public List<StationView> list(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        return mapper.selectList(new LambdaQueryWrapper<Station>().orderByAsc(Station::getCode)).stream()
                .filter(s -> actor.covers(byId.get(s.getOrgUnitId()).getPath()))
                .map(s -> StationView.of(s, byId.get(s.getOrgUnitId()).getName()))
                .toList();
    }

    public StationView get(Actor actor, long id) {
        return view(requireInScope(actor, id));
    }

    @Transactional
    public IssuedKey create(Actor actor, StationRequest request) {
        OrgUnit unit = units.get(request.orgUnitId());
        units.requireScope(actor, unit);
        if (mapper.exists(new LambdaQueryWrapper<Station>().eq(Station::getCode, request.code()))) {
            throw new ApiException(ErrorCode.DUPLICATE, "广播站编码已存在：" + request.code());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Station station = new Station();
        station.setCode(request.code());
        station.setCreatedAt(now);
        apply(station, request, unit);
        String key = StationKeys.generate();
        setKey(station, key, now);
        mapper.insert(station);
        audit.recordInUnit(
                actor, "STATION_CREATE", "STATION", station.getId(), station.getOrgUnitId(), station.getCode());
        return addresses.issued(view(station), key);
    }

    @Transactional
    @CacheEvict(cacheNames = StationAuthenticator.CACHE, allEntries = true)
    public StationView update(Actor actor, long id, StationRequest request) {
        Station station = requireInScope(actor, id);
        if (!station.getCode().equals(request.code())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "广播站编码创建后不能修改");
        }
        OrgUnit unit = units.get(request.orgUnitId());
        units.requireScope(actor, unit);
        apply(station, request, unit);
        mapper.updateById(station);
        // A new name, village or time zone changes what the station's schedule says: its cached answers go.
        changes.announceAfterCommit();
        audit.recordInUnit(
                actor,
                "STATION_UPDATE",
                "STATION",
                id,
                station.getOrgUnitId(),
                station.getCode() + (Boolean.TRUE.equals(station.getEnabled()) ? "" : " 停用"));
        return view(station);
    }

    /** Issues a new key; the old one stops working at once on every instance. */
    @Transactional
    @CacheEvict(cacheNames = StationAuthenticator.CACHE, allEntries = true)
    public IssuedKey rotateKey(Actor actor, long id) {
        Station station = requireInScope(actor, id);
        String key = StationKeys.generate();
        setKey(station, key, LocalDateTime.now(clock));
        mapper.updateById(station);
        audit.recordInUnit(actor, "STATION_KEY_ROTATE", "STATION", id, station.getOrgUnitId(), station.getCode());
        return addresses.issued(view(station), key);
    }

    Station requireInScope(Actor actor, long id) {
        Station station = mapper.selectById(id);
        if (station == null || !actor.covers(units.get(station.getOrgUnitId()).getPath())) {
            throw new ApiException(ErrorCode.STATION_NOT_FOUND);
        }
        return station;
    }

    List<Station> inScope(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        return mapper.selectList(new LambdaQueryWrapper<Station>().orderByAsc(Station::getCode)).stream()
                .filter(s -> actor.covers(byId.get(s.getOrgUnitId()).getPath()))
                .toList();
    }

    Station find(long stationId) {
        return mapper.selectById(stationId);
    }

    String nameOf(long stationId) {
        Station station = mapper.selectById(stationId);
        return station == null ? null : station.getName();
    }

    StationView view(Station station) {
        return StationView.of(station, units.get(station.getOrgUnitId()).getName());
    }

    private void apply(Station station, StationRequest request, OrgUnit unit) {
        String zone = request.timeZone() == null || request.timeZone().isBlank()
                ? properties.zone().getId()
                : request.timeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "时区不正确：" + zone);
        }
        station.setName(request.name());
        station.setOrgUnitId(unit.getId());
        station.setDeviceType(request.deviceType());
        station.setTimeZone(zone);
        station.setEnabled(request.enabled() == null || request.enabled());
        station.setUpdatedAt(LocalDateTime.now(clock));
    }

    private static void setKey(Station station, String key, LocalDateTime now) {
        station.setKeyHash(StationKeys.hash(key));
        station.setKeyHint(StationKeys.hint(key));
        station.setKeyRotatedAt(now);
    }
}
