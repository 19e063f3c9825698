package org.wenming.common.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole product, in the office's time zone, so tests can drive time. */
@Configuration
public class ClockConfig {

    @Bean
    Clock clock(WenmingProperties properties) {
        return Clock.system(properties.zone());
    }
}
