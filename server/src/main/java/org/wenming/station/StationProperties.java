package org.wenming.station;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the station interface; the address players reach this server at is the product's PublicBaseUrl. */
@Validated
@ConfigurationProperties("wenming.station")
public record StationProperties(
        @NotNull Duration pollInterval,
        @NotNull Duration missedSlotGrace,
        @Min(1) @Max(5000) int maxReceiptsPerBatch,
        @NotNull Duration seenFlushInterval) {

    /** A station counts as online when it polled within three poll intervals. */
    public Duration onlineWindow() {
        return pollInterval.multipliedBy(3);
    }
}
