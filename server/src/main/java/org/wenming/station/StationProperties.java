package org.wenming.station;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the station interface; the address players reach this server at is the product's PublicBaseUrl.
 * {@code receiptClockSkew}: how far in the future a receipt's start may lie (a box's clock runs fast);
 * {@code receiptMaxAge}: how old a receipt may be and still be stored; {@code changesHold}: how long a
 * long-poll for changes is held before it answers "no change"; a station that sent heartbeats is offline
 * after {@code offlineAfterMissedHeartbeats} intervals of {@code heartbeatInterval} without one.
 */
@Validated
@ConfigurationProperties("wenming.station")
public record StationProperties(
        @NotNull Duration pollInterval,
        @NotNull Duration missedSlotGrace,
        @NotNull Duration seenFlushInterval,
        @NotNull Duration receiptClockSkew,
        @NotNull Duration receiptMaxAge,
        @NotNull Duration changesHold,
        @NotNull Duration heartbeatInterval,
        @Min(1) int offlineAfterMissedHeartbeats) {

    /** A station counts as online when it polled within three poll intervals. */
    public Duration onlineWindow() {
        return pollInterval.multipliedBy(3);
    }

    /** A station that sends heartbeats is online while its last one is younger than this. */
    public Duration heartbeatWindow() {
        return heartbeatInterval.multipliedBy(offlineAfterMissedHeartbeats);
    }
}
