package org.wenming.miniapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.wenming.common.http.EncodedBody;
import org.wenming.common.http.EncodedBodyFilter;
import org.wenming.common.http.FastLane;
import org.wenming.content.MiniContentController;

/**
 * Mini-program reads carry an ETag, go out gzipped when the phone asks, and ask clients to revalidate, so a
 * resident's phone on a weak link downloads a list again only when it changed (304 otherwise) and never more
 * bytes than needed. The filter buffers, hashes and compresses each body; home, list and detail bring their
 * cached {@link EncodedBody} and answer themselves, so the filter leaves them alone: its buffering would cost
 * a copy. Should a path escape the match (an unusual spelling of the URL), the filter still sees the ETag
 * already set and passes the body through, so the match saves work and decides nothing. Cache hits of those
 * reads are answered in the {@link FastLane}, before every filter here.
 */
@Configuration
class MiniHttpConfig {

    static final String MINI_PATTERN = "/api/mini/*";

    private static final List<PathPattern> CACHED_READS = MiniContentController.CACHED_READS.stream()
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    @Bean
    FilterRegistrationBean<EncodedBodyFilter> miniEncodedBodyFilter() {
        FilterRegistrationBean<EncodedBodyFilter> registration =
                new FilterRegistrationBean<>(new EncodedBodyFilter(MiniHttpConfig::isCachedRead));
        registration.addUrlPatterns(MINI_PATTERN);
        return registration;
    }

    private static boolean isCachedRead(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return CACHED_READS.stream().anyMatch(read -> read.matches(path));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> miniRevalidateFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns(MINI_PATTERN);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
