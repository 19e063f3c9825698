package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Stores play receipts. A batch is checked whole before anything is written, so a bad batch writes
 * nothing; receipts already stored (same station, same receipt id) are counted as duplicates, so a player
 * that was offline can upload everything again, late and in any order.
 */
@Service
class ReceiptService {

    private final PlayReceiptMapper mapper;
    private final ZoneId serverZone;
    private final Clock clock;

    public ReceiptService(PlayReceiptMapper mapper, WenmingProperties properties, Clock clock) {
        this.mapper = mapper;
        this.serverZone = properties.zone();
        this.clock = clock;
    }

    public ReceiptResult record(StationIdentity station, List<ReceiptRequests.Receipt> receipts) {
        OffsetDateTime latestAllowed =
                clock.instant().atZone(serverZone).toOffsetDateTime().plusDays(1);
        for (ReceiptRequests.Receipt receipt : receipts) {
            if (receipt.startedAt().isAfter(latestAllowed)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "回执 " + receipt.id() + " 的开始时间在未来");
            }
            if (receipt.finishedAt() != null && receipt.finishedAt().isBefore(receipt.startedAt())) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "回执 " + receipt.id() + " 的结束时间早于开始时间");
            }
        }
        Map<String, ReceiptRequests.Receipt> unique = new LinkedHashMap<>();
        receipts.forEach(receipt -> unique.putIfAbsent(receipt.id(), receipt));
        Set<String> stored = new HashSet<>(mapper
                .selectList(new LambdaQueryWrapper<PlayReceipt>()
                        .select(PlayReceipt::getReceiptId)
                        .eq(PlayReceipt::getStationId, station.id())
                        .in(PlayReceipt::getReceiptId, unique.keySet()))
                .stream()
                .map(PlayReceipt::getReceiptId)
                .collect(Collectors.toSet()));
        int accepted = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (ReceiptRequests.Receipt receipt : unique.values()) {
            if (!stored.contains(receipt.id()) && insert(station, receipt, now)) {
                accepted++;
            }
        }
        return new ReceiptResult(accepted, receipts.size() - accepted);
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

    public record ReceiptResult(int accepted, int duplicates) {}
}
