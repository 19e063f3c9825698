package org.wenming.miniapp.action;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.wenming.common.redis.RedisBreaker;
import org.wenming.common.redis.RedisResilienceProperties;
import org.wenming.support.EmbeddedRedisConnection;

/** The view-counter contract on Redis, whose dedupe keys expire by Redis' own TTL: time passes for real here. */
class RedisViewCounterTest extends ViewCounterContract {

    private static EmbeddedRedisConnection connection;

    @BeforeAll
    static void connect() {
        connection = EmbeddedRedisConnection.open(12);
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Override
    ViewCounter newCounter(Duration dedupe) {
        connection.flush();
        return new RedisViewCounter(
                connection.redis(),
                dedupe,
                new RedisBreaker(new RedisResilienceProperties(Duration.ofSeconds(1)), Clock.systemUTC()));
    }

    @Override
    void elapse(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
