package org.wenming.station;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wenming.content.PublicContentChanged;
import org.wenming.content.PublicReadCache;
import org.wenming.media.RenditionState;
import org.wenming.media.RenditionsChanged;

/**
 * Long-polls for changes: a box asks with the version of its week's schedule and is answered as soon as
 * that version differs (an urgent insert, a takedown, a schedule edit reaching it), or after the hold time
 * with "no change". Held polls are servlet {@link AsyncContext}s, not threads. After every commit that may
 * change what stations play, the change bus tells every instance, and one background thread per instance
 * recomputes the versions of the stations it holds polls for (bursts of changes coalesce into one pass).
 *
 * <p>That thread writes each answer (a few dozen bytes of JSON) into its response itself and completes it:
 * an urgent insert answers thousands of boxes at once, and a {@code DeferredResult} would send each of them
 * through the filter chain and Spring MVC a second time (an async re-dispatch), which took seconds for
 * 5,000 polls on two cores. The answer's headers are those the chain wrote when the poll was taken.
 */
@Component
class StationChanges {

    private static final Logger log = LoggerFactory.getLogger(StationChanges.class);

    private final ScheduleWindowService schedules;
    private final PublicReadCache publicReads;
    private final StationChangeBus bus;
    private final StationProperties settings;
    private final ObjectMapper mapper;
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
            StationProperties settings,
            ObjectMapper mapper) {
        this.schedules = schedules;
        this.publicReads = publicReads;
        this.bus = bus;
        this.settings = settings;
        this.mapper = mapper;
        bus.onAnnouncement(this::recheckSoon);
    }

    /** Holds {@code poll} (started by the caller) until the station's week differs from {@code since}. */
    public void hold(StationIdentity station, String since, String baseUrl, AsyncContext poll) {
        Waiter waiter = new Waiter(station, since, baseUrl, poll, new AtomicBoolean());
        waiting.computeIfAbsent(station.id(), id -> ConcurrentHashMap.newKeySet())
                .add(waiter);
        poll.setTimeout(settings.changesHold().toMillis());
        poll.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                answer(waiter, new ChangeAnswer(false, since));
            }

            @Override
            public void onComplete(AsyncEvent event) {
                forget(waiter);
            }

            @Override
            public void onError(AsyncEvent event) {
                forget(waiter);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // A held poll is never restarted.
            }
        });
        check(waiter);
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
            check(waiter);
        } catch (RuntimeException e) {
            log.warn(
                    "Cannot recheck the schedule of station {}",
                    waiter.station().id(),
                    e);
        }
    }

    private void check(Waiter waiter) {
        String current = schedules.weekVersion(waiter.station(), waiter.baseUrl());
        if (!current.equals(waiter.since())) {
            answer(waiter, new ChangeAnswer(true, current));
        }
    }

    /**
     * Writes the answer once (a change and the hold's end may meet) and completes the poll. A box that has
     * gone away leaves nothing to answer.
     */
    private void answer(Waiter waiter, ChangeAnswer answer) {
        if (!waiter.answered().compareAndSet(false, true)) {
            return;
        }
        try {
            byte[] body = mapper.writeValueAsBytes(answer);
            HttpServletResponse response = (HttpServletResponse) waiter.poll().getResponse();
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IOException | IllegalStateException e) {
            log.debug(
                    "Station {} left before its change answer", waiter.station().id(), e);
        } finally {
            complete(waiter);
        }
    }

    private static void complete(Waiter waiter) {
        try {
            waiter.poll().complete();
        } catch (IllegalStateException e) {
            log.debug(
                    "The poll of station {} was already closed",
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

    private record Waiter(
            StationIdentity station, String since, String baseUrl, AsyncContext poll, AtomicBoolean answered) {}
}
