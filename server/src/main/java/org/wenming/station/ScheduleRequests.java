package org.wenming.station;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.wenming.common.validation.SaneDate;

/**
 * Bodies of the schedule and urgent-insert endpoints. A target is one org unit subtree or one station. Slot
 * times may name seconds (HH:mm:ss) for precise starts; an urgent insert's priority defaults to
 * {@link #DEFAULT_URGENT_PRIORITY}.
 */
final class ScheduleRequests {

    static final int DEFAULT_URGENT_PRIORITY = 100;

    private ScheduleRequests() {}

    @Schema(name = "ScheduleRequest")
    record Schedule(
            @NotBlank @Size(max = 100) String name,
            Long targetUnitId,
            Long targetStationId,
            @NotNull @SaneDate LocalDate startDate,
            @SaneDate LocalDate endDate,
            @NotEmpty @Size(max = 7) List<@NotNull @Min(1) @Max(7) Integer> daysOfWeek,
            Boolean enabled,
            @NotEmpty @Size(max = 24) List<@Valid @NotNull Slot> slots) {}

    @Schema(name = "ScheduleSlotRequest")
    record Slot(
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?", message = "时间格式应为 HH:mm 或 HH:mm:ss")
            String startTime,

            @NotEmpty @Size(max = 50) List<@NotNull Long> contentIds) {}

    @Schema(name = "UrgentRequest")
    record Urgent(
            @NotBlank @Size(max = 100) String title,
            Long targetUnitId,
            Long targetStationId,
            @NotNull @SaneDate LocalDateTime startsAt,
            @NotNull @SaneDate LocalDateTime endsAt,
            @NotEmpty @Size(max = 20) List<@NotNull Long> contentIds,
            @Min(1) @Max(1000) Integer priority,
            @Min(0) @Max(100) Integer volume) {}
}
