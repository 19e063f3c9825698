package org.wenming.common.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sizes of the in-memory caches of the embedded default, where one cache entry exists per station or per
 * public page: 10,000 polling stations must all fit, or every poll would miss. Redis (the `redis`
 * profile) has no such limit.
 */
@Configuration
class CacheConfig {

    private static final long PER_STATION_ENTRIES = 50_000;

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> largeCaches() {
        return manager -> {
            manager.registerCustomCache(
                    "public-reads",
                    Caffeine.newBuilder()
                            .maximumSize(PER_STATION_ENTRIES)
                            .expireAfterWrite(Duration.ofMinutes(10))
                            .build());
            manager.registerCustomCache(
                    "station-keys",
                    Caffeine.newBuilder()
                            .maximumSize(PER_STATION_ENTRIES)
                            .expireAfterWrite(Duration.ofMinutes(10))
                            .build());
        };
    }
}
