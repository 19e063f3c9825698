package org.wenming.miniapp.action;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.common.redis.RedisBreaker;
import org.wenming.miniapp.MiniAppProperties;

/**
 * Chooses where pending views are counted: in Redis under the {@code redis} profile, so a resident's view
 * counts once whichever instance serves it; in memory on the single embedded instance otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ViewCounterConfig {

    @Bean
    @Profile("redis")
    ViewCounter redisViewCounter(StringRedisTemplate redis, MiniAppProperties properties, RedisBreaker breaker) {
        return new RedisViewCounter(redis, properties.views().dedupe(), breaker);
    }

    @Bean
    @Profile("!redis")
    ViewCounter memoryViewCounter(MiniAppProperties properties, Clock clock) {
        return new MemoryViewCounter(properties.views().dedupe(), clock);
    }
}
