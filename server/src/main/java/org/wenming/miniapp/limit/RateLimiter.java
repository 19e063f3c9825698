package org.wenming.miniapp.limit;

import java.time.Duration;

/**
 * Counts requests in fixed windows. In memory on the embedded default; in Redis under the {@code redis}
 * profile, so every instance counts against the same limit.
 */
interface RateLimiter {

    /** Counts one request for {@code key}; false when it is over {@code limit} in the current window. */
    boolean tryAcquire(String key, int limit, Duration window);
}
