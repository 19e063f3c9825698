package org.wenming.common.redis;

import io.lettuce.core.RedisException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;

/**
 * Tells a failure of Redis itself (unreachable, timed out) from any other error. A Redis command timeout reaches
 * us as Spring's QueryTimeoutException around Lettuce's RedisCommandTimeoutException (a RedisException); the same
 * QueryTimeoutException without it is a database statement timing out.
 */
public final class RedisFailures {

    private RedisFailures() {}

    public static boolean isRedisFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisConnectionFailureException
                    || cause instanceof RedisSystemException
                    || cause instanceof RedisException) {
                return true;
            }
        }
        return false;
    }
}
