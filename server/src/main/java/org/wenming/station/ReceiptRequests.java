package org.wenming.station;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** What players upload: play receipts in batches, and heartbeats. */
final class ReceiptRequests {

    /** The most receipts one upload may carry; a box with a longer backlog sends several batches. */
    static final int MAX_BATCH = 500;

    private static final String SHA256 = "[0-9a-f]{64}";

    private ReceiptRequests() {}

    /** {@code id} is the player's own id of the receipt (a UUID, say); uploading it again is harmless. */
    record Receipt(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "回执编号只能包含字母、数字和 _.:-")
            String id,

            @NotNull @Positive Long contentId,

            @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?", message = "时间格式应为 HH:mm 或 HH:mm:ss")
            String slotTime,

            @NotNull OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            @NotNull PlayResult result) {}

    record Batch(@NotNull @Size(min = 1, max = MAX_BATCH) List<@Valid @NotNull Receipt> receipts) {}

    /**
     * What a box reports about itself. {@code cachedSha256} may list every cached file or be left out in
     * favour of {@code cachedCount}; {@code missingSha256} names scheduled files the box lost or could not
     * verify, which the answer lists again for download.
     */
    record Heartbeat(
            @Size(max = 64) String appVersion,
            @Size(max = 200) String status,
            @Min(0) @Max(100) Integer volume,
            @PositiveOrZero Long freeBytes,
            @PositiveOrZero Integer cachedCount,

            @Size(max = 2000)
            List<@NotNull @Pattern(regexp = SHA256, message = "应为小写十六进制 SHA-256") String> cachedSha256,

            @Size(max = 100)
            List<@NotNull @Pattern(regexp = SHA256, message = "应为小写十六进制 SHA-256") String> missingSha256,

            @Size(max = 200) String nowPlaying,
            @Size(max = 500) String lastError) {}
}
