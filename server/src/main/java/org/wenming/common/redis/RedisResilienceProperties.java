package org.wenming.common.redis;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long Redis is skipped after a failure ({@code open-for}, also the Retry-After of the 503 answers). The
 * command and connect timeouts are Boot's {@code spring.data.redis.timeout} and {@code connect-timeout}.
 */
@Validated
@ConfigurationProperties("wenming.redis")
public record RedisResilienceProperties(@NotNull Duration openFor) {}
