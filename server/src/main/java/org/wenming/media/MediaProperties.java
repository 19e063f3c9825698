package org.wenming.media;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Settings of media storage under {@code wenming.media}; see README.md for the environment variables. */
@Validated
@ConfigurationProperties("wenming.media")
public record MediaProperties(
        @NotBlank String localDir,
        @NotNull DataSize audioMaxSize,
        @NotNull DataSize imageMaxSize,
        @NotNull Decoding decoding,
        @NotEmpty List<Integer> thumbnailWidths,
        @NotNull Duration orphanGrace,
        @NotNull Duration janitorInterval,
        @NotNull Duration staleUploadAge,
        @NotNull Minio minio) {

    /** How clients receive MinIO objects: through the application, or redirected to the bucket or a CDN. */
    public enum Delivery {
        STREAM,
        PRESIGNED,
        PUBLIC_URL
    }

    /**
     * Limits on decoding images: the bitmap one image may need (a small compressed file can declare a huge
     * one), how many images are decoded at once, and how long an upload waits for its turn before 503.
     */
    public record Decoding(
            @NotNull DataSize maxBitmapSize,
            @Min(1) int concurrency,
            @NotNull Duration maxWait) {}

    public record Minio(
            String endpoint,
            String accessKey,
            String secretKey,
            @NotBlank String bucket,
            @NotBlank String region,
            @NotNull Delivery delivery,
            String publicBaseUrl,
            @NotNull Duration presignExpiry,
            @NotNull Duration connectTimeout,
            @NotNull Duration readTimeout) {}

    public long maxSize(MediaUse use) {
        return (use == MediaUse.AUDIO ? audioMaxSize : imageMaxSize).toBytes();
    }
}
