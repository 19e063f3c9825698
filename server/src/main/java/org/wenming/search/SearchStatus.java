package org.wenming.search;

import java.time.LocalDateTime;

/**
 * The state of search for administrators: the engine and its index, how far the outbox lags behind the
 * database, the last indexing error and the latest rebuild.
 *
 * @param available  whether the engine answered just now
 * @param documents  live documents in the index (published items)
 * @param published  published items in the database
 * @param pending    outbox rows not yet indexed
 * @param failing    pending rows that failed at least once
 * @param lagSeconds age of the oldest pending row (0 when none)
 */
record SearchStatus(
        String engine,
        boolean available,
        String indexName,
        Long documents,
        Long sizeBytes,
        long published,
        long pending,
        long failing,
        LocalDateTime oldestPendingAt,
        long lagSeconds,
        String lastError,
        LocalDateTime lastErrorAt,
        ReindexProgress reindex) {}
