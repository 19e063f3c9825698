package org.wenming.search;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.content.Content;

/**
 * Full rebuild: fills a new index from the database in the background while searches use the old one,
 * then switches atomically. Changes made meanwhile are not lost: before the switch the rebuild applies
 * every item changed since it started (versioned, so order does not matter), and after the switch it
 * enqueues those items again for the poller. One rebuild runs at a time across all instances.
 */
@Service
class SearchReindexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);
    private static final int PAGE = 500;
    /** Reaches back over transactions that were open when the rebuild began. */
    private static final Duration CHANGE_MARGIN = Duration.ofMinutes(5);

    private static final Duration STALE_HEARTBEAT = Duration.ofMinutes(5);

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final SearchContentMapper contents;
    private final SearchOutboxMapper outbox;
    private final ReindexMapper runs;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });

    public SearchReindexer(
            SearchIndex index,
            SearchDocuments documents,
            SearchContentMapper contents,
            SearchOutboxMapper outbox,
            ReindexMapper runs,
            Clock clock) {
        this.index = index;
        this.documents = documents;
        this.contents = contents;
        this.outbox = outbox;
        this.runs = runs;
        this.clock = clock;
    }

    /** Starts a rebuild in the background and returns its progress; refused while another one runs. */
    /**
     * Starts a rebuild in the background and returns its progress. While another one runs the answer is 409
     * with {@code reindexId}, the running one, so the console can follow it instead.
     */
    public ReindexProgress start(String startedBy) {
        LocalDateTime now = abandonStale();
        ReindexMapper.ReindexStart start = new ReindexMapper.ReindexStart(startedBy, now);
        try {
            runs.start(start);
        } catch (DuplicateKeyException e) {
            ReindexProgress running = runs.latest();
            throw new ApiException(
                    ErrorCode.REINDEX_RUNNING,
                    ErrorCode.REINDEX_RUNNING.message(),
                    running == null ? Map.of() : Map.of("reindexId", running.id()));
        }
        long id = start.getId();
        worker.submit(() -> run(id));
        return runs.find(id);
    }

    /** Reading a run whose instance died answers FAILED, so whoever follows it stops waiting. */
    public ReindexProgress progress(long id) {
        abandonStale();
        ReindexProgress progress = runs.find(id);
        if (progress == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "重建任务不存在");
        }
        return progress;
    }

    public ReindexProgress latest() {
        abandonStale();
        return runs.latest();
    }

    /** Marks runs without a heartbeat for a while as failed; answers the current time. */
    private LocalDateTime abandonStale() {
        LocalDateTime now = LocalDateTime.now(clock);
        runs.abandonStale(now.minus(STALE_HEARTBEAT), now);
        return now;
    }

    private void run(long id) {
        LocalDateTime started = LocalDateTime.now(clock);
        try {
            String name;
            try (SearchIndex.Rebuild rebuild = index.beginRebuild()) {
                long total = contents.publishedCount();
                long done = 0;
                runs.progress(id, total, done, LocalDateTime.now(clock));
                long after = 0;
                while (true) {
                    List<Content> page = contents.publishedAfter(after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    rebuild.load(documents.of(page));
                    done += page.size();
                    after = page.get(page.size() - 1).getId();
                    runs.progress(id, Math.max(total, done), done, LocalDateTime.now(clock));
                }
                rebuild.apply(documents.current(outbox.changedSince(started.minus(CHANGE_MARGIN))));
                rebuild.switchOver();
                name = index.stats().name();
            }
            outbox.replaySince(started.minus(CHANGE_MARGIN), LocalDateTime.now(clock));
            runs.finish(id, "DONE", name, null, LocalDateTime.now(clock));
            log.info("Search index rebuilt as {}", name);
        } catch (RuntimeException e) {
            log.warn("Search index rebuild {} failed", id, e);
            String failure = String.valueOf(e.getMessage());
            runs.finish(
                    id,
                    "FAILED",
                    null,
                    failure.length() > 500 ? failure.substring(0, 500) : failure,
                    LocalDateTime.now(clock));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
