package org.wenming.media;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of audio renditions under {@code wenming.media.renditions} (README "Broadcast-ready audio").
 *
 * @param ffmpeg        the ffmpeg executable (a name on the PATH or an absolute path), checked at start
 * @param concurrency   renditions made at once by this instance (each is one ffmpeg process at a time)
 * @param timeout       longest one ffmpeg run may take before it is killed and the rendition fails
 * @param maxOutput     ffmpeg's console output kept per run (the tail; the loudness measurement is at the end)
 * @param lease         how long a claimed job stays with its instance before another may take it over
 * @param pollInterval  how often idle workers look for jobs (an upload wakes them at once)
 * @param retryDelay    wait before a job is tried again after media storage was unavailable
 * @param maxAttempts   claims of one job before it is marked failed
 */
@Validated
@ConfigurationProperties("wenming.media.renditions")
public record RenditionProperties(
        @NotBlank String ffmpeg,
        @Min(1) int concurrency,
        @NotNull Duration timeout,
        @NotNull DataSize maxOutput,
        @NotNull Duration lease,
        @NotNull Duration pollInterval,
        @NotNull Duration retryDelay,
        @Min(1) int maxAttempts,
        @NotNull Station station,
        @NotNull Light light) {

    /**
     * What every station plays: MP3 at a constant bitrate, one sample rate and channel count, levelled to
     * an integrated loudness (EBU R128) with a true-peak ceiling.
     */
    public record Station(
            @Min(32) @Max(320) int bitrateKbps,
            @Min(8000) @Max(48000) int sampleRate,
            @Min(1) @Max(2) int channels,
            @Min(-40) @Max(-5) double loudnessLufs,
            @Min(-9) @Max(0) double truePeakDb,
            @Min(1) @Max(20) double loudnessRange) {}

    /** What residents on mobile networks may fetch: AAC in M4A with its index first (faststart), mono. */
    public record Light(@Min(16) @Max(128) int bitrateKbps) {}
}
