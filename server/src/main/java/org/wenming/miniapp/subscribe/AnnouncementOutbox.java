package org.wenming.miniapp.subscribe;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wenming.content.ContentPublished;
import org.wenming.miniapp.MiniAppProperties;

/**
 * The announcement outbox: a row for every publication, written inside the publishing transaction (editor or
 * scheduler alike), and a poller that works the rows on every instance. A row is claimed with a lease, so one
 * instance at a time announces it; {@link SubscribeDispatcher} queues the messages (once per item and topic,
 * guarded by the database) and {@link SubscribeSender} sends them. A failure backs off and retries; a lease
 * left by a killed instance expires and another instance takes the row over. After each commit the poller
 * runs at once off the request's thread, so residents hear of an item within seconds.
 */
@Configuration
class AnnouncementOutbox implements SchedulingConfigurer {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(AnnouncementOutbox.class);

    private final SubscribeMappers.AnnouncementMapper outbox;
    private final SubscribeDispatcher dispatcher;
    private final SubscribeSender sender;
    private final MiniAppProperties.Subscribe settings;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "announcement-outbox");
        thread.setDaemon(true);
        return thread;
    });

    AnnouncementOutbox(
            SubscribeMappers.AnnouncementMapper outbox,
            SubscribeDispatcher dispatcher,
            SubscribeSender sender,
            MiniAppProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.settings = properties.subscribe();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::deliverDue, settings.sendInterval());
    }

    @EventListener
    public void onPublished(ContentPublished event) {
        outbox.insert(event.contentId(), LocalDateTime.now(clock));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    nudge();
                }
            });
        } else {
            nudge();
        }
    }

    /** Announces every due row this poller can claim, then sends the queued messages; answers how many rows. */
    public int deliverDue() {
        return deliverDue(instance);
    }

    /** As {@link #deliverDue()}, claiming under the given poller name (tests race two pollers). */
    int deliverDue(String poller) {
        int delivered = 0;
        List<Long> due;
        do {
            LocalDateTime now = LocalDateTime.now(clock);
            due = outbox.due(now, BATCH);
            for (long id : due) {
                String token = poller + ":" + UUID.randomUUID();
                if (outbox.claim(id, token, now.plus(LEASE), now) == 1 && deliver(id, token)) {
                    delivered++;
                }
            }
        } while (due.size() == BATCH);
        if (delivered > 0) {
            sender.deliverDue();
        }
        return delivered;
    }

    private boolean deliver(long id, String token) {
        SubscribeMappers.Announcement row = outbox.find(id);
        try {
            dispatcher.dispatch(row.contentId());
            outbox.markDelivered(id, token, LocalDateTime.now(clock));
            return true;
        } catch (RuntimeException e) {
            LocalDateTime now = LocalDateTime.now(clock);
            outbox.markFailed(id, token, now.plus(backoff(row.attempts())), truncate(String.valueOf(e.getMessage())));
            log.warn(
                    "Announcing content {} failed (attempt {}), retried later", row.contentId(), row.attempts() + 1, e);
            return false;
        }
    }

    private Duration backoff(int attempts) {
        Duration pause = settings.retryBackoff().multipliedBy(1L << Math.min(attempts, 16));
        return pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause;
    }

    private void nudge() {
        try {
            nudges.execute(() -> {
                try {
                    deliverDue();
                } catch (RuntimeException e) {
                    log.warn("Announcement poller failed; the scheduled run retries", e);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            log.info("Shutting down: the next instance to poll announces what is left");
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        nudges.shutdown();
        nudges.awaitTermination(5, TimeUnit.SECONDS);
    }
}
