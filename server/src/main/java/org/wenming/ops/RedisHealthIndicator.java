package org.wenming.ops;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;
import org.wenming.common.redis.RedisBreaker;

/**
 * Health contributor {@code redis} (instead of Boot's): UP when Redis answers a PING, DEGRADED (HTTP 200) when
 * it does not, because public reads then come from the database; only sign-ins and residents' actions wait.
 * While the breaker is open it does not even try, so a health check never waits on a dead Redis.
 */
@Component
@Profile("redis")
class RedisHealthIndicator implements HealthIndicator {

    private final RedisConnectionFactory connections;
    private final RedisBreaker breaker;

    RedisHealthIndicator(RedisConnectionFactory connections, RedisBreaker breaker) {
        this.connections = connections;
        this.breaker = breaker;
    }

    @Override
    public Health health() {
        String pong = breaker.attempt(this::ping, null);
        if (pong != null) {
            return Health.up().withDetail("ping", pong).build();
        }
        return Health.status(SearchHealthIndicator.DEGRADED.getCode())
                .withDetail("breaker", "open")
                .withDetail("impact", "会话、居民登录与操作暂不可用；公开内容由数据库提供")
                .build();
    }

    private String ping() {
        try (RedisConnection connection = connections.getConnection()) {
            return connection.ping();
        }
    }
}
