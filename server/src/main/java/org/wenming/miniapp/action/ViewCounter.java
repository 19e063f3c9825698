package org.wenming.miniapp.action;

import java.util.Collection;
import java.util.Map;

/**
 * Counts views without a database write per view: one view per resident per item per
 * {@code wenming.miniapp.views.dedupe}, kept pending until {@link ViewFlusher} adds them to content_stat.
 * In memory on the embedded default; in Redis under the {@code redis} profile, shared by every instance.
 */
interface ViewCounter {

    /** Counts a view unless this resident viewed the item within the dedupe window; true when counted. */
    boolean record(long contentId, long residentId);

    /** Views counted but not yet flushed. */
    Map<Long, Long> pending(Collection<Long> contentIds);

    /** Takes every pending count out for flushing; each count is taken by exactly one caller. */
    Map<Long, Long> drain();

    /** Puts counts back after a failed flush. */
    void restore(Map<Long, Long> counts);
}
