package org.wenming.search;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the index. Rows are claimed with a conditional update, so several instances
 * drain one outbox without doing a row twice at once; a claim left by a crashed instance expires after
 * {@code claim-lease}. Each claimed item is indexed in its current database state with its version, so
 * repeating a row is harmless. When the engine is unreachable the rows back off exponentially and stay
 * until it returns; a document the engine refuses is retried alone so it cannot hold up the others.
 */
@Component
class SearchSync {

    private static final Logger log = LoggerFactory.getLogger(SearchSync.class);
    private static final int MAX_ROUNDS = 1000;
    private static final int MAX_ERROR_LENGTH = 500;

    private final SearchOutboxMapper outbox;
    private final SearchDocuments documents;
    private final SearchIndex index;
    private final SearchProperties properties;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final ReentrantLock running = new ReentrantLock();

    public SearchSync(
            SearchOutboxMapper outbox,
            SearchDocuments documents,
            SearchIndex index,
            SearchProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.documents = documents;
        this.index = index;
        this.properties = properties;
        this.clock = clock;
    }

    /** Processes every due row; returns how many rows were indexed. Stops early while the engine is down. */
    public int drain() {
        running.lock();
        try {
            int processed = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                LocalDateTime now = LocalDateTime.now(clock);
                List<Long> due = outbox.due(now, properties.batchSize());
                if (due.isEmpty()) {
                    break;
                }
                String token = instance + ":" + UUID.randomUUID();
                outbox.claim(due, token, now.plus(properties.claimLease()), now);
                List<SearchOutboxMapper.OutboxRow> claimed = outbox.claimed(token);
                Outcome outcome = process(claimed, now);
                processed += outcome.indexed();
                if (outcome.engineDown()) {
                    break;
                }
            }
            return processed;
        } finally {
            running.unlock();
        }
    }

    private Outcome process(List<SearchOutboxMapper.OutboxRow> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return new Outcome(0, false);
        }
        Map<Long, List<SearchOutboxMapper.OutboxRow>> byContent =
                rows.stream().collect(Collectors.groupingBy(SearchOutboxMapper.OutboxRow::contentId));
        try {
            index.apply(documents.current(byContent.keySet()));
            outbox.markProcessed(
                    rows.stream().map(SearchOutboxMapper.OutboxRow::id).toList(), now);
            return new Outcome(rows.size(), false);
        } catch (SearchUnavailableException e) {
            log.warn("Search engine unavailable, {} changes wait in the outbox: {}", rows.size(), e.getMessage());
            rows.forEach(row -> fail(row, e, now));
            return new Outcome(0, true);
        } catch (RuntimeException batchFailure) {
            int indexed = 0;
            for (List<SearchOutboxMapper.OutboxRow> group : byContent.values()) {
                try {
                    index.apply(documents.current(List.of(group.get(0).contentId())));
                    outbox.markProcessed(
                            group.stream().map(SearchOutboxMapper.OutboxRow::id).toList(), now);
                    indexed += group.size();
                } catch (RuntimeException e) {
                    log.warn("Content {} could not be indexed: {}", group.get(0).contentId(), e.getMessage());
                    group.forEach(row -> fail(row, e, now));
                    if (e instanceof SearchUnavailableException) {
                        return new Outcome(indexed, true);
                    }
                }
            }
            return new Outcome(indexed, false);
        }
    }

    private void fail(SearchOutboxMapper.OutboxRow row, RuntimeException e, LocalDateTime now) {
        String message = String.valueOf(e.getMessage());
        if (message.length() > MAX_ERROR_LENGTH) {
            message = message.substring(0, MAX_ERROR_LENGTH);
        }
        outbox.markFailed(row.id(), now.plus(backoff(row.attempts() + 1)), now, message);
    }

    /** retry-initial, doubled for each further failed attempt, at most retry-max. */
    Duration backoff(int attempts) {
        Duration delay = properties.retryInitial();
        for (int i = 1; i < attempts && delay.compareTo(properties.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : delay;
    }

    private record Outcome(int indexed, boolean engineDown) {}
}
