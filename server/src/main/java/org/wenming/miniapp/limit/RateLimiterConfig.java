package org.wenming.miniapp.limit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Chooses where rate-limit counters live: in Redis under the {@code redis} profile, so every instance counts
 * against the same limit; in memory on the single embedded instance otherwise.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfig {

    @Bean
    @Profile("redis")
    RateLimiter redisRateLimiter(StringRedisTemplate redis, Clock clock) {
        return new RedisRateLimiter(redis, clock);
    }

    @Bean
    @Profile("!redis")
    RateLimiter memoryRateLimiter(Clock clock) {
        return new MemoryRateLimiter(clock);
    }
}
