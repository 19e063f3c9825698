package org.wenming.miniapp.action;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Views of the single embedded instance; the dedupe window runs on the product clock. */
class MemoryViewCounter implements ViewCounter {

    private final Cache<String, Boolean> seen;
    private final ConcurrentHashMap<Long, Long> pending = new ConcurrentHashMap<>();

    MemoryViewCounter(Duration dedupe, Clock clock) {
        this.seen = Caffeine.newBuilder()
                .expireAfterWrite(dedupe)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .maximumSize(1_000_000)
                .build();
    }

    @Override
    public boolean record(long contentId, long residentId) {
        boolean first = seen.asMap().putIfAbsent(contentId + ":" + residentId, Boolean.TRUE) == null;
        if (first) {
            pending.merge(contentId, 1L, Long::sum);
        }
        return first;
    }

    @Override
    public Map<Long, Long> pending(Collection<Long> contentIds) {
        Map<Long, Long> counts = new HashMap<>();
        contentIds.forEach(id -> {
            Long count = pending.get(id);
            if (count != null) {
                counts.put(id, count);
            }
        });
        return counts;
    }

    @Override
    public Map<Long, Long> drain() {
        Map<Long, Long> taken = new HashMap<>();
        for (Long id : pending.keySet()) {
            Long count = pending.remove(id);
            if (count != null) {
                taken.put(id, count);
            }
        }
        return taken;
    }

    @Override
    public void restore(Map<Long, Long> counts) {
        counts.forEach((id, count) -> pending.merge(id, count, Long::sum));
    }
}
