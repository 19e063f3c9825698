package org.wenming.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Keeps storage and rows in agreement: removes stored objects that no row references once they are older
 * than the grace period (an upload in flight writes its object before its row), and reports rows whose
 * object is gone. Also aborts multipart uploads and removes spool files that failed or killed uploads left
 * behind ({@code stale-upload-age}). Runs every {@code wenming.media.janitor-interval}, and removes the
 * leftovers once on start too; several instances running it at once do no harm (deletes and aborts are
 * idempotent and the grace periods protect uploads in flight).
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

    public record Report(
            List<String> removedObjects,
            List<String> missingObjects,
            List<String> abortedUploads,
            List<String> removedSpoolFiles) {}

    /** Aborted uploads and removed spool files: what interrupted uploads left. */
    public record Leftovers(List<String> abortedUploads, List<String> removedSpoolFiles) {}

    @EventListener(ApplicationReadyEvent.class)
    public void removeLeftoversOnStart() {
        try {
            removeLeftovers();
        } catch (RuntimeException e) {
            log.warn("Media janitor could not remove upload leftovers on start: {}", e.getMessage());
        }
    }

    public Leftovers removeLeftovers() {
        Instant cutoff = clock.instant().minus(properties.staleUploadAge());
        List<String> spools;
        try {
            spools = MediaSpool.removeLeftovers(cutoff);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list spool files", e);
        }
        List<String> uploads = storage.abortStaleUploads(cutoff);
        if (!uploads.isEmpty() || !spools.isEmpty()) {
            log.info(
                    "Media janitor aborted {} stale uploads and removed {} spool files", uploads.size(), spools.size());
        }
        return new Leftovers(uploads, spools);
    }

    public Report sweep() {
        Leftovers leftovers = removeLeftovers();
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
        return new Report(removed, missing, leftovers.abortedUploads(), leftovers.removedSpoolFiles());
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
