package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.common.config.WenmingProperties;

/**
 * Stores play receipts. Each receipt is checked on its own (its times, its content, whether that content was
 * planned for the station that day), so one bad entry is refused with a reason and never blocks the rest of
 * a box's backlog. The accepted ones are written in one transaction: a database error stores none of them,
 * and the box sends the batch again. Receipts already stored (same station, same receipt id) count as
 * duplicates, so a player that was offline can upload everything again, late and in any order.
 */
@Service
class ReceiptService {

    private final PlayReceiptMapper mapper;
    private final StationMapper stations;
    private final ReceiptContentMapper contents;
    private final ScheduleWindowService schedules;
    private final StationProperties settings;
    private final ZoneId serverZone;
    private final Clock clock;

    public ReceiptService(
            PlayReceiptMapper mapper,
            StationMapper stations,
            ReceiptContentMapper contents,
            ScheduleWindowService schedules,
            StationProperties settings,
            WenmingProperties properties,
            Clock clock) {
        this.mapper = mapper;
        this.stations = stations;
        this.contents = contents;
        this.schedules = schedules;
        this.settings = settings;
        this.serverZone = properties.zone();
        this.clock = clock;
    }

    @Transactional
    public ReceiptResult record(StationIdentity station, List<ReceiptRequests.Receipt> receipts) {
        Map<String, ReceiptRequests.Receipt> unique = new LinkedHashMap<>();
        receipts.forEach(receipt -> unique.putIfAbsent(receipt.id(), receipt));
        unique.keySet().removeAll(stored(station, unique.keySet()));

        Checks checks = new Checks(station, unique.values());
        List<Rejected> rejected = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        int accepted = 0;
        for (ReceiptRequests.Receipt receipt : unique.values()) {
            Optional<ReceiptRefusal> refusal = checks.refusal(receipt);
            if (refusal.isPresent()) {
                rejected.add(
                        new Rejected(receipt.id(), refusal.get(), refusal.get().message()));
            } else if (insert(station, receipt, now)) {
                accepted++;
            }
        }
        return new ReceiptResult(accepted, receipts.size() - accepted - rejected.size(), rejected);
    }

    private Set<String> stored(StationIdentity station, Set<String> receiptIds) {
        return mapper
                .selectList(new LambdaQueryWrapper<PlayReceipt>()
                        .select(PlayReceipt::getReceiptId)
                        .eq(PlayReceipt::getStationId, station.id())
                        .in(PlayReceipt::getReceiptId, receiptIds))
                .stream()
                .map(PlayReceipt::getReceiptId)
                .collect(Collectors.toSet());
    }

    /** False when another upload of the same receipt won the race. */
    private boolean insert(StationIdentity station, ReceiptRequests.Receipt receipt, LocalDateTime now) {
        PlayReceipt row = new PlayReceipt();
        row.setStationId(station.id());
        row.setReceiptId(receipt.id());
        row.setContentId(receipt.contentId());
        row.setSlotTime(receipt.slotTime());
        row.setStartedAt(local(receipt.startedAt()));
        row.setFinishedAt(receipt.finishedAt() == null ? null : local(receipt.finishedAt()));
        row.setResult(receipt.result());
        row.setReceivedAt(now);
        try {
            mapper.insert(row);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private LocalDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(serverZone).toLocalDateTime();
    }

    /** The checks of one batch, with what they look up (existing content, each day's plan) loaded once. */
    private final class Checks {

        private final StationIdentity station;
        private final LocalDateTime latestAllowed;
        private final LocalDateTime earliestAllowed;
        private final LocalDateTime stationCreatedAt;
        private final Set<Long> existing;
        private final Map<LocalDate, Set<Long>> plannedByDay = new HashMap<>();

        Checks(StationIdentity station, Collection<ReceiptRequests.Receipt> receipts) {
            this.station = station;
            LocalDateTime now = LocalDateTime.now(clock);
            this.latestAllowed = now.plus(settings.receiptClockSkew());
            this.earliestAllowed = now.minus(settings.receiptMaxAge());
            this.stationCreatedAt = stations.selectById(station.id()).getCreatedAt();
            Set<Long> ids =
                    receipts.stream().map(ReceiptRequests.Receipt::contentId).collect(Collectors.toSet());
            this.existing = ids.isEmpty() ? Set.of() : new HashSet<>(contents.existing(ids));
        }

        Optional<ReceiptRefusal> refusal(ReceiptRequests.Receipt receipt) {
            LocalDateTime started = local(receipt.startedAt());
            if (receipt.finishedAt() != null && receipt.finishedAt().isBefore(receipt.startedAt())) {
                return Optional.of(ReceiptRefusal.FINISHED_BEFORE_START);
            }
            if (started.isAfter(latestAllowed)) {
                return Optional.of(ReceiptRefusal.IN_FUTURE);
            }
            if (started.isBefore(earliestAllowed)) {
                return Optional.of(ReceiptRefusal.TOO_OLD);
            }
            if (started.plus(settings.receiptClockSkew()).isBefore(stationCreatedAt)) {
                return Optional.of(ReceiptRefusal.BEFORE_STATION);
            }
            if (!existing.contains(receipt.contentId())) {
                return Optional.of(ReceiptRefusal.UNKNOWN_CONTENT);
            }
            if (!scheduledAround(receipt)) {
                return Optional.of(ReceiptRefusal.NOT_SCHEDULED);
            }
            return Optional.empty();
        }

        /** Planned on the station's day of the start, or the day before for a slot that ran past midnight. */
        private boolean scheduledAround(ReceiptRequests.Receipt receipt) {
            LocalDate day =
                    receipt.startedAt().atZoneSameInstant(station.zone()).toLocalDate();
            return planned(day).contains(receipt.contentId())
                    || planned(day.minusDays(1)).contains(receipt.contentId());
        }

        private Set<Long> planned(LocalDate day) {
            return plannedByDay.computeIfAbsent(day, d -> schedules.plannedContent(station, d));
        }
    }

    /** {@code reason} is stable for programs, {@code message} is for people. */
    public record Rejected(String id, ReceiptRefusal reason, String message) {}

    public record ReceiptResult(int accepted, int duplicates, List<Rejected> rejected) {}
}
