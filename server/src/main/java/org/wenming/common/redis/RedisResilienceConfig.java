package org.wenming.common.redis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.cache.RedisCacheManager;

/**
 * Under the {@code redis} profile Redis is a cache, not a cliff: commands time out after
 * {@code spring.data.redis.timeout} and fail at once while disconnected, caches turn into misses while it is
 * away ({@link BreakerCacheManager}), and what cannot do without it (sessions, residents' tokens) answers 503
 * at once ({@link RedisGuardFilter}, {@link RedisBreaker#require}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class RedisResilienceConfig {

    @Bean
    RedisBreaker redisBreaker(RedisResilienceProperties properties, Clock clock) {
        return new RedisBreaker(properties, clock);
    }

    /** Rejects commands while the connection is down instead of queueing them until the timeout. */
    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhileDisconnected(RedisProperties redis) {
        Duration connectTimeout = redis.getConnectTimeout() != null ? redis.getConnectTimeout() : Duration.ofSeconds(1);
        return builder -> builder.clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(
                        SocketOptions.builder().connectTimeout(connectTimeout).build())
                .build());
    }

    @Bean
    static BeanPostProcessor redisCachesBehindBreaker(ObjectProvider<RedisBreaker> breaker) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RedisCacheManager caches
                        ? new BreakerCacheManager(caches, breaker.getObject())
                        : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RedisGuardFilter> redisGuardFilter(RedisBreaker breaker, ObjectMapper mapper) {
        FilterRegistrationBean<RedisGuardFilter> registration =
                new FilterRegistrationBean<>(new RedisGuardFilter(breaker, mapper));
        registration.setOrder(RedisGuardFilter.ORDER);
        return registration;
    }
}
