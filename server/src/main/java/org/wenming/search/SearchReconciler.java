package org.wenming.search;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Compares database and index (which items are published, at which version) and repairs drift by
 * enqueueing the differing items; the poller then writes their current state. Items already waiting in the
 * outbox are left to it.
 */
@Service
class SearchReconciler {

    private static final Logger log = LoggerFactory.getLogger(SearchReconciler.class);

    private final SearchIndex index;
    private final SearchContentMapper contents;
    private final SearchOutboxMapper outbox;
    private final SearchProperties properties;
    private final Clock clock;

    public SearchReconciler(
            SearchIndex index,
            SearchContentMapper contents,
            SearchOutboxMapper outbox,
            SearchProperties properties,
            Clock clock) {
        this.index = index;
        this.contents = contents;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    public ReconcileReport reconcile() {
        Map<Long, Long> database = contents.publishedVersions().stream()
                .collect(Collectors.toMap(
                        SearchContentMapper.IdVersion::id, v -> v.version().longValue()));
        Map<Long, Long> indexed = index.liveVersions();
        Set<Long> missing = new HashSet<>();
        Set<Long> stale = new HashSet<>();
        database.forEach((id, version) -> {
            Long inIndex = indexed.get(id);
            if (inIndex == null) {
                missing.add(id);
            } else if (!inIndex.equals(version)) {
                stale.add(id);
            }
        });
        Set<Long> extra = indexed.keySet().stream()
                .filter(id -> !database.containsKey(id))
                .collect(Collectors.toSet());
        Set<Long> drift = new HashSet<>(missing);
        drift.addAll(stale);
        drift.addAll(extra);
        drift.removeAll(outbox.pendingContentIds());
        LocalDateTime now = LocalDateTime.now(clock);
        drift.forEach(id -> outbox.insert(id, database.getOrDefault(id, 0L).intValue(), now));
        if (!drift.isEmpty()) {
            log.warn(
                    "Search index drifted from the database: {} missing, {} stale, {} extra; {} enqueued",
                    missing.size(),
                    stale.size(),
                    extra.size(),
                    drift.size());
        }
        return new ReconcileReport(
                database.size(), indexed.size(), missing.size(), stale.size(), extra.size(), drift.size());
    }

    /** Forgets processed outbox rows older than the retention. */
    public int purgeOutbox() {
        return outbox.purgeProcessed(LocalDateTime.now(clock).minus(properties.outboxRetention()));
    }

    /** Counts of one comparison; {@code enqueued} items were handed to the poller. */
    public record ReconcileReport(long published, long indexed, long missing, long stale, long extra, long enqueued) {}
}
