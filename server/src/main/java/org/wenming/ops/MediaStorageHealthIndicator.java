package org.wenming.ops;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.wenming.media.MediaStorage;

/**
 * Health contributor {@code mediaStorage} (part of readiness): the store answers a lookup of an object that
 * does not exist. An unreachable MinIO (or an unreadable folder) is DOWN.
 */
@Component
class MediaStorageHealthIndicator extends AbstractHealthIndicator {

    /** A well-formed object name no upload produces (the SHA-256 of nothing is e3b0…, not zeros). */
    private static final String PROBE = "0".repeat(64) + ".png";

    private final MediaStorage storage;

    MediaStorageHealthIndicator(MediaStorage storage) {
        super("Media storage health check failed");
        this.storage = storage;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        storage.stat(PROBE);
        builder.up().withDetail("adapter", storage.getClass().getSimpleName());
    }
}
