package org.wenming.common.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole product, in the office's time zone, so tests can drive time. It ticks in
 * milliseconds because that is what the DATETIME(3) columns keep.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(WenmingProperties properties) {
        return Clock.tick(Clock.system(properties.zone()), Duration.ofMillis(1));
    }
}
