package org.wenming.miniapp.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.support.MutableClock;

/**
 * One contract, two rate limiters: every case runs against the in-memory adapter and against the Redis
 * adapter over a real Redis. Both count in fixed windows of the product clock, so the clock is moved instead
 * of waiting; the refusal's retry-after comes from {@link RateLimits} over each adapter.
 */
abstract class RateLimiterContract {

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int LIMIT = 3;
    /**
     * 20.5 seconds into a window, so the cases never cross a window's end by themselves, and the clock's
     * sub-millisecond truncation cannot put it back into the previous second (a slow machine may need one).
     */
    private static final Instant INSIDE_A_WINDOW = Instant.parse("2027-06-09T08:00:20.500Z");

    final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    private RateLimiter limiter;
    private String key;

    /** A fresh limiter with no counts, on {@link #clock}. */
    abstract RateLimiter newLimiter();

    @BeforeEach
    void newLimiterInsideAWindow() {
        clock.moveTo(INSIDE_A_WINDOW);
        limiter = newLimiter();
        key = "contract:" + UUID.randomUUID();
    }

    @Test
    void theLimitIsAllowedThenTheNextRequestIsRefused() {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(limiter.tryAcquire(key, LIMIT, WINDOW))
                    .as("request %d", i + 1)
                    .isTrue();
        }

        assertThat(limiter.tryAcquire(key, LIMIT, WINDOW)).isFalse();
        assertThat(limiter.tryAcquire(key, LIMIT, WINDOW)).as("still refused").isFalse();
    }

    @Test
    void eachKeyCountsOnItsOwn() {
        exhaust(key);

        assertThat(limiter.tryAcquire(key + ":other", LIMIT, WINDOW)).isTrue();
    }

    @Test
    void theNextWindowStartsAfresh() {
        exhaust(key);

        clock.advance(Duration.ofSeconds(40));

        assertThat(limiter.tryAcquire(key, LIMIT, WINDOW)).isTrue();
    }

    @Test
    void aRefusalSaysHowLongUntilTheWindowEnds() {
        MiniAppProperties.Limit login = new MiniAppProperties.Limit(LIMIT, LIMIT, WINDOW);
        RateLimits limits = new RateLimits(limiter, properties(login), clock);
        String ip = "192.0.2.1";
        for (int i = 0; i < LIMIT; i++) {
            limits.checkIp(RateLimits.Kind.LOGIN, ip);
        }

        ApiException refused =
                catchThrowableOfType(ApiException.class, () -> limits.checkIp(RateLimits.Kind.LOGIN, ip));

        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat((Long) refused.properties().get("retryAfterSeconds")).isBetween(39L, 40L);
        clock.advance(Duration.ofSeconds(40));
        assertThatCode(() -> limits.checkIp(RateLimits.Kind.LOGIN, ip)).doesNotThrowAnyException();
    }

    private void exhaust(String key) {
        for (int i = 0; i <= LIMIT; i++) {
            limiter.tryAcquire(key, LIMIT, WINDOW);
        }
        assertThat(limiter.tryAcquire(key, LIMIT, WINDOW)).isFalse();
    }

    private static MiniAppProperties properties(MiniAppProperties.Limit limit) {
        return new MiniAppProperties(
                null, null, new MiniAppProperties.RateLimits(limit, limit, limit), null, null, null, null);
    }
}
