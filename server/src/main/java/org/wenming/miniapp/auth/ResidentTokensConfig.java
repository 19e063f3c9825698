package org.wenming.miniapp.auth;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.common.redis.RedisBreaker;
import org.wenming.miniapp.MiniAppProperties;

/**
 * Chooses where residents' tokens live: in Redis under the {@code redis} profile, so every instance accepts
 * every token and a revocation applies everywhere; in memory on the single embedded instance otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ResidentTokensConfig {

    @Bean
    @Profile("redis")
    ResidentTokens redisResidentTokens(StringRedisTemplate redis, MiniAppProperties properties, RedisBreaker breaker) {
        return new RedisResidentTokens(redis, properties.tokenTtl(), breaker);
    }

    @Bean
    @Profile("!redis")
    ResidentTokens memoryResidentTokens(MiniAppProperties properties, Clock clock) {
        return new MemoryResidentTokens(properties.tokenTtl(), clock);
    }
}
