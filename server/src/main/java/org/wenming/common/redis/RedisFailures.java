package org.wenming.common.redis;

import io.lettuce.core.RedisException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;

/** Tells a failure of Redis itself (unreachable, timed out) from any other error. */
public final class RedisFailures {

    private RedisFailures() {}

    public static boolean isRedisFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisConnectionFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof RedisSystemException
                    || cause instanceof RedisException) {
                return true;
            }
        }
        return false;
    }
}
