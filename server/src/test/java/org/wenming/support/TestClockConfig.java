package org.wenming.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.wenming.common.config.WenmingProperties;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    @Primary
    MutableClock mutableClock(WenmingProperties properties) {
        return new MutableClock(properties.zone());
    }
}
