package org.wenming.common.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandTimeoutException;
import java.sql.SQLTimeoutException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Spring translates a Redis command timeout and a database statement timeout to the same exception type. */
class RedisProblemAdviceTest {

    private final RedisBreaker breaker =
            new RedisBreaker(new RedisResilienceProperties(Duration.ofSeconds(5)), Clock.systemUTC());
    private final RedisProblemAdvice advice = new RedisProblemAdvice(breaker);

    @Test
    void aRedisCommandTimeoutOpensTheBreakerAndAnswersRedisUnavailable() {
        ResponseEntity<ProblemDetail> answer = advice.redisUnavailable(
                new QueryTimeoutException("Redis command timed out", new RedisCommandTimeoutException("1.5 s")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "REDIS_UNAVAILABLE");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(breaker.isOpen()).isTrue();
    }

    @Test
    void aDatabaseStatementTimeoutIsTheDatabasesAndLeavesRedisInUse() {
        ResponseEntity<ProblemDetail> answer = advice.redisUnavailable(
                new QueryTimeoutException("statement timed out", new SQLTimeoutException("lock wait")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "SERVICE_UNAVAILABLE");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(breaker.isOpen()).isFalse();
    }
}
