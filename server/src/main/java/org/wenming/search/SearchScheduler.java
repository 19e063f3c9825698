package org.wenming.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.wenming.common.config.StartupPhase;

/**
 * Drains the outbox every {@code sync-interval} (the first time one interval after start); compares index and database (and purges old outbox rows)
 * every {@code reconcile-interval}. On start, an empty index over a database with published content (a new
 * installation, a new cluster, a lost index folder) is rebuilt in the background, and so is an index built
 * by another analysis version ({@link SearchAnalysis#SCHEMA_VERSION}), which answers until the switch.
 */
@Configuration
class SearchScheduler implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SearchScheduler.class);

    private final SearchSync sync;
    private final SearchReconciler reconciler;
    private final SearchReindexer reindexer;
    private final SearchIndex index;
    private final SearchContentMapper contents;
    private final SearchProperties properties;

    public SearchScheduler(
            SearchSync sync,
            SearchReconciler reconciler,
            SearchReindexer reindexer,
            SearchIndex index,
            SearchContentMapper contents,
            SearchProperties properties) {
        this.sync = sync;
        this.reconciler = reconciler;
        this.reindexer = reindexer;
        this.index = index;
        this.contents = contents;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(this::drain, properties.syncInterval(), properties.syncInterval()));
        registrar.addFixedDelayTask(
                new FixedDelayTask(this::reconcile, properties.reconcileInterval(), properties.reconcileInterval()));
    }

    /**
     * Pinyin and traditional-character tables take a second or two to build: built in the background once the
     * server is ready, so neither the start nor the first resident's search waits for them.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void loadDictionaries() {
        Thread loader =
                new Thread(() -> StartupPhase.timed("dictionaries", SearchAnalysis::load), "search-dictionaries");
        loader.setDaemon(true);
        loader.start();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildEmptyIndex() {
        if (!properties.reindexIfEmpty()) {
            return;
        }
        try {
            if (index.stats().documents() == 0 && contents.publishedCount() > 0) {
                log.info("Search index is empty: rebuilding it from the database");
                reindexer.start("system");
            } else if (index.schemaOutdated()) {
                // The live index keeps answering (with the old analysis) until the rebuild switches over.
                log.info("Search index was built by another analysis version: rebuilding it behind the alias");
                reindexer.start("system");
            }
        } catch (RuntimeException e) {
            log.warn("Search index not checked on start (the reconcile job will catch up): {}", e.getMessage());
        }
    }

    private void drain() {
        try {
            sync.drain();
        } catch (RuntimeException e) {
            log.warn("Search outbox drain failed", e);
        }
    }

    private void reconcile() {
        try {
            reconciler.reconcile();
            reconciler.purgeOutbox();
        } catch (RuntimeException e) {
            log.warn("Search reconcile failed: {}", e.getMessage());
        }
    }
}
