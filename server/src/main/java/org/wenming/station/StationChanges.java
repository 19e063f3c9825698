package org.wenming.station;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.async.DeferredResult;
import org.wenming.content.PublicContentChanged;
import org.wenming.content.PublicReadCache;
import org.wenming.media.RenditionState;
import org.wenming.media.RenditionsChanged;

/**
 * Long-polls for changes: a box asks with the version of its week's schedule and is answered as soon as
 * that version differs (an urgent insert, a takedown, a schedule edit reaching it), or after the hold time
 * with "no change". Held polls are {@link DeferredResult}s, not threads. After every commit that may change
 * what stations play, the change bus tells every instance, and one background thread per instance
 * recomputes the versions of the stations it holds polls for (bursts of changes coalesce into one pass).
 */
@Component
class StationChanges {

    private static final Logger log = LoggerFactory.getLogger(StationChanges.class);

    private final ScheduleWindowService schedules;
    private final PublicReadCache publicReads;
    private final StationChangeBus bus;
    private final StationProperties settings;
    private final Map<Long, Set<Waiter>> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean recheckPending = new AtomicBoolean();
    private final ExecutorService rechecks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "station-changes");
        thread.setDaemon(true);
        return thread;
    });

    public StationChanges(
            ScheduleWindowService schedules,
            PublicReadCache publicReads,
            StationChangeBus bus,
            StationProperties settings) {
        this.schedules = schedules;
        this.publicReads = publicReads;
        this.bus = bus;
        this.settings = settings;
        bus.onAnnouncement(this::recheckSoon);
    }

    public DeferredResult<ChangeAnswer> await(StationIdentity station, String since, String baseUrl) {
        DeferredResult<ChangeAnswer> result =
                new DeferredResult<>(settings.changesHold().toMillis());
        Waiter waiter = new Waiter(station, since, baseUrl, result);
        waiting.computeIfAbsent(station.id(), id -> ConcurrentHashMap.newKeySet())
                .add(waiter);
        result.onTimeout(() -> result.setResult(new ChangeAnswer(false, since)));
        result.onCompletion(() -> forget(waiter));
        result.onError(error -> forget(waiter));
        waiter.check(schedules);
        return result;
    }

    /**
     * Clears the public reads and announces a change once the current transaction has committed (the clear is
     * registered first, so it has run when waiting stations read their plans again).
     */
    public void announceAfterCommit() {
        publicReads.clearAfterCommit();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bus.announce();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    bus.announce();
                }
            }
        });
    }

    /** Publishing, editing, taking down or expiring an item may change any station's plan. */
    @EventListener
    public void onPublicContentChanged(PublicContentChanged change) {
        announceAfterCommit();
    }

    /** A ready broadcast rendition puts its audio into the playlists that list it. */
    @EventListener
    public void onRenditionsChanged(RenditionsChanged change) {
        if (change.state() == RenditionState.READY) {
            announceAfterCommit();
        }
    }

    int held() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    private void recheckSoon() {
        if (recheckPending.compareAndSet(false, true)) {
            rechecks.execute(() -> {
                recheckPending.set(false);
                waiting.values().forEach(waiters -> waiters.forEach(this::checkQuietly));
            });
        }
    }

    private void checkQuietly(Waiter waiter) {
        try {
            waiter.check(schedules);
        } catch (RuntimeException e) {
            log.warn(
                    "Cannot recheck the schedule of station {}",
                    waiter.station().id(),
                    e);
        }
    }

    private void forget(Waiter waiter) {
        waiting.computeIfPresent(waiter.station().id(), (id, waiters) -> {
            waiters.remove(waiter);
            return waiters.isEmpty() ? null : waiters;
        });
    }

    @PreDestroy
    void stop() {
        rechecks.shutdownNow();
    }

    /** {@code changed}: the box should fetch its schedule again; {@code version} is the one to ask with next. */
    record ChangeAnswer(boolean changed, String version) {}

    private record Waiter(StationIdentity station, String since, String baseUrl, DeferredResult<ChangeAnswer> result) {

        void check(ScheduleWindowService schedules) {
            String current = schedules.weekVersion(station, baseUrl);
            if (!current.equals(since)) {
                result.setResult(new ChangeAnswer(true, current));
            }
        }
    }
}
