package org.wenming.miniapp.limit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenming.support.EmbeddedRedisConnection;

/** The rate-limiter contract on Redis, plus what only Redis has to get right: counters do not outlive their window. */
class RedisRateLimiterTest extends RateLimiterContract {

    private static EmbeddedRedisConnection connection;

    @BeforeAll
    static void connect() {
        connection = EmbeddedRedisConnection.open(13);
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Override
    RateLimiter newLimiter() {
        connection.flush();
        return new RedisRateLimiter(connection.redis(), clock);
    }

    @Test
    void eachCounterExpiresWithItsWindow() {
        RateLimiter limiter = newLimiter();

        limiter.tryAcquire("expiring", 1, WINDOW);

        assertThat(connection.redis().keys("wenming:rate:expiring:*"))
                .singleElement()
                .satisfies(counter -> assertThat(connection.redis().getExpire(counter))
                        .isPositive()
                        .isLessThanOrEqualTo(WINDOW.toSeconds()));
    }
}
