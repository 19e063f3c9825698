package org.wenming.miniapp.action;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.common.redis.RedisBreaker;

/**
 * Views in Redis: a {@code SET NX} key per resident and item for the dedupe window, and one hash of pending
 * counts. Draining renames the hash first, so two instances flushing at once never take the same counts.
 */
class RedisViewCounter implements ViewCounter {

    static final String PENDING = "wenming:views:pending";
    private static final String SEEN = "wenming:views:seen:";
    private static final String DRAINING = "wenming:views:draining:";

    private final StringRedisTemplate redis;
    private final Duration dedupe;
    private final RedisBreaker breaker;

    RedisViewCounter(StringRedisTemplate redis, Duration dedupe, RedisBreaker breaker) {
        this.redis = redis;
        this.dedupe = dedupe;
        this.breaker = breaker;
    }

    @Override
    public boolean record(long contentId, long residentId) {
        Boolean first = redis.opsForValue().setIfAbsent(SEEN + contentId + ":" + residentId, "1", dedupe);
        if (Boolean.TRUE.equals(first)) {
            redis.opsForHash().increment(PENDING, String.valueOf(contentId), 1);
            return true;
        }
        return false;
    }

    @Override
    public Map<Long, Long> pending(Collection<Long> contentIds) {
        // Residents' public counts: while Redis is away they show what the database has.
        return breaker.attempt(() -> pendingInRedis(contentIds), Map.of());
    }

    private Map<Long, Long> pendingInRedis(Collection<Long> contentIds) {
        List<Object> fields =
                new ArrayList<>(contentIds.stream().map(String::valueOf).toList());
        List<Object> values = redis.opsForHash().multiGet(PENDING, fields);
        Map<Long, Long> counts = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (values.get(i) != null) {
                counts.put(Long.parseLong((String) fields.get(i)), Long.parseLong((String) values.get(i)));
            }
        }
        return counts;
    }

    @Override
    public Map<Long, Long> drain() {
        String batch = DRAINING + UUID.randomUUID();
        if (!Boolean.TRUE.equals(redis.hasKey(PENDING))) {
            return Map.of();
        }
        try {
            redis.rename(PENDING, batch);
        } catch (RuntimeException e) {
            // Another instance renamed it first; its flush carries these counts.
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        redis.opsForHash()
                .entries(batch)
                .forEach((field, value) -> counts.put(Long.parseLong((String) field), Long.parseLong((String) value)));
        redis.delete(batch);
        return counts;
    }

    @Override
    public void restore(Map<Long, Long> counts) {
        counts.forEach((id, count) -> redis.opsForHash().increment(PENDING, String.valueOf(id), count));
    }
}
