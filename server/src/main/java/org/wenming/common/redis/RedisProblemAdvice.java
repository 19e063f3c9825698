package org.wenming.common.redis;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.error.Problems;

/**
 * A handler that fails for want of Redis (a rate limit, a token, hot searches) opens the breaker and answers
 * the documented 503 with Retry-After; ahead of the general handler, which would answer 500.
 */
@RestControllerAdvice
@Profile("redis")
@Order(Ordered.HIGHEST_PRECEDENCE)
class RedisProblemAdvice {

    private final RedisBreaker breaker;

    RedisProblemAdvice(RedisBreaker breaker) {
        this.breaker = breaker;
    }

    @ExceptionHandler({RedisConnectionFailureException.class, QueryTimeoutException.class, RedisSystemException.class})
    ResponseEntity<ProblemDetail> redisUnavailable(RuntimeException e) {
        if (!RedisFailures.isRedisFailure(e)) {
            // A database statement that timed out is translated to the same QueryTimeoutException.
            return Problems.databaseUnavailable();
        }
        breaker.failed(e);
        ErrorCode code = ErrorCode.REDIS_UNAVAILABLE;
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(breaker.retryAfterSeconds()))
                .body(Problems.of(code, code.message()));
    }
}
