package org.wenming.miniapp.auth;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.wenming.common.redis.RedisBreaker;
import org.wenming.common.redis.RedisResilienceProperties;
import org.wenming.support.EmbeddedRedisConnection;

/** The tokens contract on Redis, whose keys expire by Redis' own TTL: time passes for real here. */
class RedisResidentTokensTest extends ResidentTokensContract {

    private static EmbeddedRedisConnection connection;

    @BeforeAll
    static void connect() {
        connection = EmbeddedRedisConnection.open(11);
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Override
    ResidentTokens newTokens(Duration ttl) {
        connection.flush();
        return new RedisResidentTokens(
                connection.redis(),
                ttl,
                new RedisBreaker(new RedisResilienceProperties(Duration.ofSeconds(1)), Clock.systemUTC()));
    }

    @Override
    void elapse(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
