package org.wenming.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;

/**
 * The actuator's own filter chain, ahead of the application's: health and info for anyone (load balancers,
 * systemd, the reverse proxy), everything else (Prometheus metrics, the embedded backup) from loopback only.
 * Behind nginx set SERVER_FORWARD_HEADERS_STRATEGY=native so proxied requests do not count as loopback;
 * the shipped nginx site refuses /actuator/ other than health anyway.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.disable())
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .anyRequest()
                                .access(new WebExpressionAuthorizationManager(
                                        "hasIpAddress('127.0.0.1') or hasIpAddress('::1')")));
        return http.build();
    }
}
