package org.wenming.station;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * When each station was last seen, from where and with which player. A poll only notes it in memory (the
 * latest sighting per station wins); every {@code wenming.station.seen-flush-interval} the notes go to the
 * database as one batched statement, so a 07:00 burst of 10,000 polls costs a handful of round trips instead
 * of 10,000 writes, and the ledger and health show a station at most one interval late. Heartbeats and
 * receipts, rare and meant to be seen, are written at once.
 */
@Configuration
class StationSightings implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StationSightings.class);
    private static final String UPDATE =
            "UPDATE station SET last_seen_at = ?, last_seen_ip = ?, last_agent = ? WHERE id = ?";
    private static final int MAX_AGENT_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StationProperties settings;
    private final Map<Long, Sighting> pending = new ConcurrentHashMap<>();

    StationSightings(JdbcTemplate jdbc, Clock clock, StationProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::flush, settings.seenFlushInterval());
    }

    void note(long stationId, String address, String agent) {
        pending.put(stationId, sighting(stationId, address, agent));
    }

    void writeNow(long stationId, String address, String agent) {
        pending.remove(stationId);
        write(List.of(sighting(stationId, address, agent)));
    }

    /** Answers how many stations' sightings reached the database. */
    @PreDestroy
    int flush() {
        List<Sighting> batch = new ArrayList<>(pending.size());
        for (Long id : List.copyOf(pending.keySet())) {
            Sighting sighting = pending.remove(id);
            if (sighting != null) {
                batch.add(sighting);
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            batch.forEach(sighting -> pending.putIfAbsent(sighting.stationId(), sighting));
            log.warn("Station sightings could not be written, kept for the next flush: {}", e.getMessage());
            return 0;
        }
        return batch.size();
    }

    private Sighting sighting(long stationId, String address, String agent) {
        String shortAgent = agent == null ? null : agent.substring(0, Math.min(agent.length(), MAX_AGENT_LENGTH));
        return new Sighting(stationId, LocalDateTime.now(clock), address, shortAgent);
    }

    private void write(List<Sighting> batch) {
        jdbc.batchUpdate(UPDATE, batch, batch.size(), (statement, sighting) -> {
            statement.setTimestamp(1, Timestamp.valueOf(sighting.at()));
            statement.setString(2, sighting.address());
            statement.setString(3, sighting.agent());
            statement.setLong(4, sighting.stationId());
        });
    }

    private record Sighting(long stationId, LocalDateTime at, String address, String agent) {}
}
