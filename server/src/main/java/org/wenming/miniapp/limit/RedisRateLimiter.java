package org.wenming.miniapp.limit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/** One counter per key and window in Redis; the first increment sets its expiry in the same script. */
class RedisRateLimiter implements RateLimiter {

    private static final String PREFIX = "wenming:rate:";
    private static final RedisScript<Long> INCREMENT = new DefaultRedisScript<>("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        long windowIndex = clock.millis() / window.toMillis();
        Long count =
                redis.execute(INCREMENT, List.of(PREFIX + key + ":" + windowIndex), String.valueOf(window.toMillis()));
        return count != null && count <= limit;
    }
}
