package org.wenming.common.redis;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * A small circuit breaker in front of Redis. A failed call opens it for {@code open-for}; while open, callers
 * that need Redis fail at once (503) and caches are skipped, instead of every request waiting out the command
 * timeout. When the time is up, calls go through again: the first success closes it, a failure opens it anew.
 */
public class RedisBreaker {

    private static final Logger log = LoggerFactory.getLogger(RedisBreaker.class);

    private final RedisResilienceProperties properties;
    private final Clock clock;
    private final AtomicReference<Instant> openUntil = new AtomicReference<>(Instant.MIN);

    public RedisBreaker(RedisResilienceProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** False while Redis is known to be away: skip it (caches) or answer 503 (what needs it). */
    public boolean allows() {
        return !clock.instant().isBefore(openUntil.get());
    }

    public boolean isOpen() {
        return !allows();
    }

    public void succeeded() {
        // A read first: every cache and token call lands here, and a write to the shared field on each would
        // make them contend for nothing while the breaker is closed.
        if (openUntil.get() != Instant.MIN && openUntil.getAndSet(Instant.MIN) != Instant.MIN) {
            log.info("Redis answers again");
        }
    }

    public void failed(RuntimeException cause) {
        Instant previous = openUntil.getAndSet(clock.instant().plus(properties.openFor()));
        if (previous == Instant.MIN) {
            log.warn("Redis unreachable, skipped for {}: {}", properties.openFor(), cause.toString());
        }
    }

    /**
     * Runs a call that cannot do without Redis (a session, a resident's token): 503 with Retry-After at once
     * while the breaker is open or when the call fails for want of Redis.
     */
    public <T> T require(Supplier<T> call) {
        if (isOpen()) {
            throw unavailable();
        }
        try {
            T result = call.get();
            succeeded();
            return result;
        } catch (RuntimeException e) {
            if (RedisFailures.isRedisFailure(e)) {
                failed(e);
                throw unavailable();
            }
            throw e;
        }
    }

    /** Runs a call that can do without Redis: {@code fallback} while the breaker is open or Redis fails. */
    public <T> T attempt(Supplier<T> call, T fallback) {
        try {
            return require(call);
        } catch (ApiException redisAway) {
            if (redisAway.code() != ErrorCode.REDIS_UNAVAILABLE) {
                throw redisAway;
            }
            return fallback;
        }
    }

    /** As {@link #attempt(Supplier, Object)}, for a call without an answer: skipped while Redis is away. */
    public void attempt(Runnable call) {
        attempt(
                () -> {
                    call.run();
                    return null;
                },
                null);
    }

    public void require(Runnable call) {
        require(() -> {
            call.run();
            return null;
        });
    }

    public ApiException unavailable() {
        return new ApiException(
                ErrorCode.REDIS_UNAVAILABLE,
                ErrorCode.REDIS_UNAVAILABLE.message(),
                Map.of(ApiException.RETRY_AFTER_SECONDS, retryAfterSeconds()));
    }

    public long retryAfterSeconds() {
        return Math.max(1, properties.openFor().toSeconds());
    }
}
