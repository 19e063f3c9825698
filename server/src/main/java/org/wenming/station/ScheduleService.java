package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.content.PlayableAudio;
import org.wenming.content.PublishedContent;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/** Editing of schedules and urgent inserts owned by units of the actor's subtree. */
@Service
class ScheduleService {

    private final StationScheduleMapper schedules;
    private final StationSlotMapper slots;
    private final StationUrgentMapper urgents;
    private final StationService stations;
    private final OrgUnitService units;
    private final PublishedContent published;
    private final AuditService audit;
    private final StationChanges changes;
    private final Clock clock;

    public ScheduleService(
            StationScheduleMapper schedules,
            StationSlotMapper slots,
            StationUrgentMapper urgents,
            StationService stations,
            OrgUnitService units,
            PublishedContent published,
            AuditService audit,
            StationChanges changes,
            Clock clock) {
        this.schedules = schedules;
        this.slots = slots;
        this.urgents = urgents;
        this.stations = stations;
        this.units = units;
        this.published = published;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    public List<ScheduleViews.Schedule> list(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        return schedules
                .selectList(new LambdaQueryWrapper<StationSchedule>().orderByDesc(StationSchedule::getId))
                .stream()
                .filter(s -> actor.covers(byId.get(s.getOwnerUnitId()).getPath()))
                .map(this::view)
                .toList();
    }

    public ScheduleViews.Schedule get(Actor actor, long id) {
        return view(requireSchedule(actor, id));
    }

    @Transactional
    public ScheduleViews.Schedule create(Actor actor, ScheduleRequests.Schedule request) {
        StationSchedule schedule = new StationSchedule();
        schedule.setCreatedBy(actor.id());
        schedule.setCreatedAt(LocalDateTime.now(clock));
        apply(actor, schedule, request);
        schedules.insert(schedule);
        saveSlots(schedule.getId(), request.slots());
        changes.announceAfterCommit();
        audit.recordInUnit(
                actor, "SCHEDULE_CREATE", "SCHEDULE", schedule.getId(), schedule.getOwnerUnitId(), schedule.getName());
        return view(schedule);
    }

    @Transactional
    public ScheduleViews.Schedule update(Actor actor, long id, ScheduleRequests.Schedule request) {
        StationSchedule schedule = requireSchedule(actor, id);
        apply(actor, schedule, request);
        schedules.updateById(schedule);
        saveSlots(id, request.slots());
        changes.announceAfterCommit();
        audit.recordInUnit(actor, "SCHEDULE_UPDATE", "SCHEDULE", id, schedule.getOwnerUnitId(), schedule.getName());
        return view(schedule);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        StationSchedule schedule = requireSchedule(actor, id);
        slots.delete(new LambdaQueryWrapper<StationSlot>().eq(StationSlot::getScheduleId, id));
        schedules.deleteById(id);
        changes.announceAfterCommit();
        audit.recordInUnit(actor, "SCHEDULE_DELETE", "SCHEDULE", id, schedule.getOwnerUnitId(), schedule.getName());
    }

    public List<ScheduleViews.Urgent> listUrgent(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        return urgents
                .selectList(new LambdaQueryWrapper<StationUrgent>()
                        .ge(StationUrgent::getEndsAt, LocalDateTime.now(clock).minusDays(30))
                        .orderByDesc(StationUrgent::getStartsAt))
                .stream()
                .filter(u -> actor.covers(byId.get(u.getOwnerUnitId()).getPath()))
                .map(this::view)
                .toList();
    }

    @Transactional
    public ScheduleViews.Urgent createUrgent(Actor actor, ScheduleRequests.Urgent request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "紧急插播的结束时间必须晚于开始时间");
        }
        Target target = target(actor, request.targetUnitId(), request.targetStationId());
        requirePlayable(request.contentIds());
        StationUrgent urgent = new StationUrgent();
        urgent.setTitle(request.title());
        urgent.setOwnerUnitId(target.owner().getId());
        urgent.setTargetUnitId(request.targetUnitId());
        urgent.setTargetStationId(request.targetStationId());
        urgent.setStartsAt(request.startsAt());
        urgent.setEndsAt(request.endsAt());
        urgent.setContentIds(join(request.contentIds()));
        urgent.setPriority(request.priority() == null ? ScheduleRequests.DEFAULT_URGENT_PRIORITY : request.priority());
        urgent.setVolume(request.volume());
        urgent.setCreatedBy(actor.id());
        urgent.setCreatedAt(LocalDateTime.now(clock));
        urgents.insert(urgent);
        changes.announceAfterCommit();
        audit.recordInUnit(
                actor, "URGENT_CREATE", "URGENT", urgent.getId(), urgent.getOwnerUnitId(), urgent.getTitle());
        return view(urgent);
    }

    /** Ends an urgent insert now (it stays in the ledger of what was planned). */
    @Transactional
    public ScheduleViews.Urgent endUrgent(Actor actor, long id) {
        StationUrgent urgent = urgents.selectById(id);
        if (urgent == null || !actor.covers(units.get(urgent.getOwnerUnitId()).getPath())) {
            throw new ApiException(ErrorCode.URGENT_NOT_FOUND);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (urgent.getEndsAt().isAfter(now)) {
            urgent.setEndsAt(now.isBefore(urgent.getStartsAt()) ? urgent.getStartsAt() : now);
            urgents.updateById(urgent);
            changes.announceAfterCommit();
        }
        audit.recordInUnit(actor, "URGENT_END", "URGENT", id, urgent.getOwnerUnitId(), urgent.getTitle());
        return view(urgent);
    }

    static List<Long> ids(String joined) {
        return Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    private void apply(Actor actor, StationSchedule schedule, ScheduleRequests.Schedule request) {
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "结束日期不能早于开始日期");
        }
        Set<String> times =
                request.slots().stream().map(ScheduleRequests.Slot::startTime).collect(Collectors.toSet());
        if (times.size() != request.slots().size()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "同一计划中的时段不能重复");
        }
        requirePlayable(request.slots().stream()
                .flatMap(slot -> slot.contentIds().stream())
                .toList());
        Target target = target(actor, request.targetUnitId(), request.targetStationId());
        schedule.setName(request.name());
        schedule.setOwnerUnitId(target.owner().getId());
        schedule.setTargetUnitId(request.targetUnitId());
        schedule.setTargetStationId(request.targetStationId());
        schedule.setStartDate(request.startDate());
        schedule.setEndDate(request.endDate());
        schedule.setDaysOfWeek(request.daysOfWeek().stream()
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(",")));
        schedule.setEnabled(request.enabled() == null || request.enabled());
        schedule.setUpdatedAt(LocalDateTime.now(clock));
    }

    private void saveSlots(long scheduleId, List<ScheduleRequests.Slot> requested) {
        slots.delete(new LambdaQueryWrapper<StationSlot>().eq(StationSlot::getScheduleId, scheduleId));
        for (ScheduleRequests.Slot request : requested) {
            StationSlot slot = new StationSlot();
            slot.setScheduleId(scheduleId);
            slot.setStartTime(request.startTime());
            slot.setContentIds(join(request.contentIds()));
            slots.insert(slot);
        }
    }

    private void requirePlayable(Collection<Long> contentIds) {
        Set<Long> wanted = new LinkedHashSet<>(contentIds);
        Map<Long, PlayableAudio> playable = published.playable(wanted);
        wanted.removeAll(playable.keySet());
        if (!wanted.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_PLAYABLE, "以下内容不是已发布且有音频文件的广播音频：" + wanted);
        }
    }

    private Target target(Actor actor, Long unitId, Long stationId) {
        if ((unitId == null) == (stationId == null)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "请指定一个播出对象：单位或广播站");
        }
        if (unitId != null) {
            OrgUnit unit = units.get(unitId);
            units.requireScope(actor, unit);
            return new Target(unit, unit.getName());
        }
        Station station = stations.requireInScope(actor, stationId);
        return new Target(units.get(station.getOrgUnitId()), station.getName());
    }

    private StationSchedule requireSchedule(Actor actor, long id) {
        StationSchedule schedule = schedules.selectById(id);
        if (schedule == null
                || !actor.covers(units.get(schedule.getOwnerUnitId()).getPath())) {
            throw new ApiException(ErrorCode.SCHEDULE_NOT_FOUND);
        }
        return schedule;
    }

    private ScheduleViews.Schedule view(StationSchedule s) {
        List<StationSlot> rows = slots.selectList(new LambdaQueryWrapper<StationSlot>()
                .eq(StationSlot::getScheduleId, s.getId())
                .orderByAsc(StationSlot::getStartTime));
        Map<Long, PlayableAudio> playable = published.playable(rows.stream()
                .flatMap(slot -> ids(slot.getContentIds()).stream())
                .collect(Collectors.toSet()));
        List<ScheduleViews.Slot> slotViews = rows.stream()
                .map(slot -> new ScheduleViews.Slot(slot.getStartTime(), items(slot.getContentIds(), playable)))
                .toList();
        return new ScheduleViews.Schedule(
                s.getId(),
                s.getName(),
                s.getTargetUnitId(),
                s.getTargetStationId(),
                targetName(s.getTargetUnitId(), s.getTargetStationId()),
                s.getStartDate(),
                s.getEndDate(),
                Arrays.stream(s.getDaysOfWeek().split(","))
                        .map(Integer::valueOf)
                        .toList(),
                Boolean.TRUE.equals(s.getEnabled()),
                slotViews);
    }

    private ScheduleViews.Urgent view(StationUrgent u) {
        Map<Long, PlayableAudio> playable = published.playable(ids(u.getContentIds()));
        return new ScheduleViews.Urgent(
                u.getId(),
                u.getTitle(),
                u.getTargetUnitId(),
                u.getTargetStationId(),
                targetName(u.getTargetUnitId(), u.getTargetStationId()),
                u.getStartsAt(),
                u.getEndsAt(),
                u.getPriority(),
                u.getVolume(),
                items(u.getContentIds(), playable));
    }

    private String targetName(Long unitId, Long stationId) {
        if (unitId != null) {
            return units.get(unitId).getName();
        }
        return stations.nameOf(stationId);
    }

    private static List<ScheduleViews.Item> items(String joined, Map<Long, PlayableAudio> playable) {
        return ids(joined).stream()
                .map(id -> {
                    PlayableAudio audio = playable.get(id);
                    return new ScheduleViews.Item(
                            id, audio == null ? null : audio.title(), audio == null ? null : audio.durationSeconds());
                })
                .toList();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private record Target(OrgUnit owner, String name) {}
}
