package org.wenming.search;

import java.time.LocalDateTime;

/** One rebuild: RUNNING, DONE or FAILED, with how many of the published items are in the new index. */
record ReindexProgress(
        Long id,
        String status,
        Long total,
        Long done,
        String indexName,
        String failure,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt) {}
