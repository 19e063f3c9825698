package org.wenming.search;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.common.redis.RedisBreaker;

/**
 * Chooses where hot searches are counted: in Redis under the {@code redis} profile, shared by all instances;
 * in memory on the single embedded instance otherwise.
 */
@Configuration(proxyBeanMethods = false)
class HotSearchesConfig {

    @Bean
    @Profile("redis")
    HotSearches redisHotSearches(
            StringRedisTemplate redis, SearchProperties properties, Clock clock, RedisBreaker breaker) {
        return new RedisHotSearches(redis, properties, clock, breaker);
    }

    @Bean
    @Profile("!redis")
    HotSearches memoryHotSearches(SearchProperties properties, Clock clock) {
        return new MemoryHotSearches(properties, clock);
    }
}
