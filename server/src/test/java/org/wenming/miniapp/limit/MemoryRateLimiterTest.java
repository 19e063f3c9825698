package org.wenming.miniapp.limit;

/** The rate-limiter contract on the counters of one instance. */
class MemoryRateLimiterTest extends RateLimiterContract {

    @Override
    RateLimiter newLimiter() {
        return new MemoryRateLimiter(clock);
    }
}
