package org.wenming.media;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Keeps storage and rows in agreement: removes stored objects that no row references once they are older
 * than the grace period (an upload in flight writes its object before its row), and reports rows whose
 * object is gone. Runs every {@code wenming.media.janitor-interval}; several instances running it at once
 * do no harm (deletes are idempotent and the grace period protects fresh uploads).
 */
@Configuration
class MediaJanitor implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MediaJanitor.class);
    private static final int BATCH = 500;

    private final MediaStorage storage;
    private final MediaObjectMapper mapper;
    private final MediaProperties properties;
    private final Clock clock;

    public MediaJanitor(MediaStorage storage, MediaObjectMapper mapper, MediaProperties properties, Clock clock) {
        this.storage = storage;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(this::runQuietly, properties.janitorInterval(), properties.janitorInterval()));
    }

    public record Report(List<String> removedObjects, List<String> missingObjects) {}

    public Report sweep() {
        Instant cutoff = clock.instant().minus(properties.orphanGrace());
        List<String> removed = new ArrayList<>();
        List<MediaStorage.StoredObject> batch = new ArrayList<>();
        storage.forEach(object -> {
            batch.add(object);
            if (batch.size() == BATCH) {
                removeOrphans(batch, cutoff, removed);
                batch.clear();
            }
        });
        removeOrphans(batch, cutoff, removed);
        List<String> missing = new ArrayList<>();
        long afterId = 0;
        List<MediaObject> rows;
        while (!(rows = mapper.page(afterId, BATCH)).isEmpty()) {
            for (MediaObject row : rows) {
                if (storage.stat(row.getMediaKey()).isEmpty()) {
                    missing.add(row.getMediaKey());
                }
            }
            afterId = rows.get(rows.size() - 1).getId();
        }
        if (!removed.isEmpty()) {
            log.info("Media janitor removed {} unreferenced objects", removed.size());
        }
        if (!missing.isEmpty()) {
            log.warn("Media janitor: {} media rows have no stored object: {}", missing.size(), missing);
        }
        return new Report(removed, missing);
    }

    private void removeOrphans(List<MediaStorage.StoredObject> objects, Instant cutoff, List<String> removed) {
        if (objects.isEmpty()) {
            return;
        }
        Set<String> shas = new HashSet<>();
        objects.forEach(o -> shas.add(MediaKeys.shaOfObject(o.name())));
        Set<String> referenced = new HashSet<>(mapper.existingShas(shas));
        for (MediaStorage.StoredObject object : objects) {
            if (!referenced.contains(MediaKeys.shaOfObject(object.name()))
                    && object.lastModified().isBefore(cutoff)) {
                storage.delete(object.name());
                removed.add(object.name());
            }
        }
    }

    private void runQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Media janitor could not finish: {}", e.getMessage());
        }
    }
}
