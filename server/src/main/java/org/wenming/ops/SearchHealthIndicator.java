package org.wenming.ops;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import org.wenming.search.SearchIndex;

/**
 * Health contributor {@code search}: UP when the engine answers, DEGRADED (answered with HTTP 200, and left
 * out of readiness) when it does not, because searches then answer from the database.
 */
@Component
class SearchHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "searches answer from the database");

    private final SearchIndex index;

    SearchHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        try {
            return Health.up()
                    .withDetail("documents", index.stats().documents())
                    .build();
        } catch (RuntimeException e) {
            return Health.status(DEGRADED)
                    .withDetail("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
