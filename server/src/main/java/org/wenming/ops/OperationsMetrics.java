package org.wenming.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wenming.station.StationProperties;

/**
 * Gauges of background work for Prometheus: the search outbox (rows waiting and the age of the oldest) and
 * broadcast stations online (polled within {@link StationProperties#onlineWindow()}). Read with plain SQL
 * at scrape time; a failed read reports NaN instead of failing the scrape. Also the audio rendition queue
 * (jobs waiting or being made, and those that failed).
 */
@Component
class OperationsMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StationProperties stations;

    OperationsMetrics(JdbcTemplate jdbc, Clock clock, StationProperties stations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.stations = stations;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("wenming.search.outbox.pending", () -> read(this::outboxPending))
                .description("Search outbox rows not yet indexed")
                .register(registry);
        Gauge.builder("wenming.search.outbox.lag", () -> read(this::outboxLagSeconds))
                .description("Age of the oldest search outbox row not yet indexed (0 when none)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("wenming.media.renditions.queued", () -> read(this::renditionsQueued))
                .description("Audio rendition jobs waiting or being made")
                .register(registry);
        Gauge.builder("wenming.media.renditions.failed", () -> read(this::renditionsFailed))
                .description("Audio whose renditions failed (stations leave them out)")
                .register(registry);
        Gauge.builder("wenming.stations.online", () -> read(this::stationsOnline))
                .description("Enabled broadcast stations that polled within three poll intervals")
                .register(registry);
        Gauge.builder("wenming.stations.enabled", () -> read(this::stationsEnabled))
                .description("Enabled broadcast stations")
                .register(registry);
    }

    private double outboxPending() {
        return count("SELECT COUNT(*) FROM search_outbox WHERE processed_at IS NULL");
    }

    private double outboxLagSeconds() {
        Timestamp oldest = jdbc.queryForObject(
                "SELECT MIN(created_at) FROM search_outbox WHERE processed_at IS NULL", Timestamp.class);
        if (oldest == null) {
            return 0;
        }
        Duration lag = Duration.between(oldest.toLocalDateTime(), LocalDateTime.now(clock));
        return Math.max(0, lag.toMillis() / 1000.0);
    }

    private double renditionsQueued() {
        return count("SELECT COUNT(*) FROM media_rendition WHERE state IN ('PENDING', 'RUNNING')");
    }

    private double renditionsFailed() {
        return count("SELECT COUNT(*) FROM media_rendition WHERE state = 'FAILED'");
    }

    private double stationsOnline() {
        LocalDateTime since = LocalDateTime.now(clock).minus(stations.onlineWindow());
        Long online = jdbc.queryForObject(
                "SELECT COUNT(*) FROM station WHERE enabled = TRUE AND last_seen_at >= ?",
                Long.class,
                Timestamp.valueOf(since));
        return online == null ? 0 : online;
    }

    private double stationsEnabled() {
        return count("SELECT COUNT(*) FROM station WHERE enabled = TRUE");
    }

    private double count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static double read(Supplier<Double> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            log.debug("Metric not read: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
