package org.wenming.search;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.wenming.audit.AuditService;
import org.wenming.common.security.Actor;

/** What administrators do with search: look at its state, rebuild the index, reconcile it with the database. */
@Service
class SearchAdminService {

    private final SearchIndex index;
    private final SearchOutboxMapper outbox;
    private final SearchContentMapper contents;
    private final SearchReindexer reindexer;
    private final SearchReconciler reconciler;
    private final AuditService audit;
    private final Clock clock;

    public SearchAdminService(
            SearchIndex index,
            SearchOutboxMapper outbox,
            SearchContentMapper contents,
            SearchReindexer reindexer,
            SearchReconciler reconciler,
            AuditService audit,
            Clock clock) {
        this.index = index;
        this.outbox = outbox;
        this.contents = contents;
        this.reindexer = reindexer;
        this.reconciler = reconciler;
        this.audit = audit;
        this.clock = clock;
    }

    public SearchStatus status() {
        SearchIndex.Stats stats = null;
        String engineError = null;
        try {
            stats = index.stats();
        } catch (RuntimeException e) {
            engineError = e.getMessage();
        }
        LocalDateTime oldest = outbox.oldestPending();
        long lag = oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, LocalDateTime.now(clock)).toSeconds());
        SearchOutboxMapper.LastError last = outbox.lastError();
        String lastError = engineError != null ? engineError : last == null ? null : last.message();
        LocalDateTime lastErrorAt =
                engineError != null ? LocalDateTime.now(clock) : last == null ? null : last.failedAt();
        return new SearchStatus(
                index.engine(),
                stats != null,
                stats == null ? null : stats.name(),
                stats == null ? null : stats.documents(),
                stats == null ? null : stats.sizeBytes(),
                contents.publishedCount(),
                outbox.pendingCount(),
                outbox.failingCount(),
                oldest,
                lag,
                lastError,
                lastErrorAt,
                reindexer.latest());
    }

    public ReindexProgress reindex(Actor actor) {
        ReindexProgress progress = reindexer.start(actor.username());
        audit.record(actor, "SEARCH_REINDEX", "SEARCH_INDEX", progress.id(), "重建搜索索引");
        return progress;
    }

    public SearchReconciler.ReconcileReport reconcile(Actor actor) {
        SearchReconciler.ReconcileReport report = reconciler.reconcile();
        audit.record(actor, "SEARCH_RECONCILE", "SEARCH_INDEX", null, "核对索引：" + report.enqueued() + " 条需修复");
        return report;
    }
}
