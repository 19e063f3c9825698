package org.wenming.miniapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Mini-program reads carry an ETag and ask clients to revalidate, so a resident's phone on a weak link
 * downloads a list again only when it changed (304 otherwise).
 */
@Configuration
public class MiniHttpConfig {

    static final String MINI_PATTERN = "/api/mini/*";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> miniEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(MINI_PATTERN);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> miniRevalidateFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns(MINI_PATTERN);
        return registration;
    }
}
