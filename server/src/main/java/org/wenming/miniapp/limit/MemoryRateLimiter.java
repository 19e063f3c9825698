package org.wenming.miniapp.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Window counters of one instance; windows follow the product clock so tests can move time. */
class MemoryRateLimiter implements RateLimiter {

    private final Cache<String, AtomicInteger> counters = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(2))
            .build();
    private final Clock clock;

    MemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        long windowIndex = clock.millis() / window.toMillis();
        AtomicInteger counter = counters.get(key + "@" + windowIndex, k -> new AtomicInteger());
        return counter.incrementAndGet() <= limit;
    }
}
