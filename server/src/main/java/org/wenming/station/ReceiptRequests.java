package org.wenming.station;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** What players upload: play receipts in batches, and heartbeats. */
final class ReceiptRequests {

    private ReceiptRequests() {}

    /** {@code id} is the player's own id of the receipt (a UUID, say); uploading it again is harmless. */
    record Receipt(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "回执编号只能包含字母、数字和 _.:-")
            String id,

            @NotNull @Positive Long contentId,

            @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "时间格式应为 HH:mm")
            String slotTime,

            @NotNull OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            @NotNull PlayResult result) {}

    record Batch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Receipt> receipts) {}

    record Heartbeat(
            @Size(max = 64) String appVersion,
            @Size(max = 200) String status) {}
}
