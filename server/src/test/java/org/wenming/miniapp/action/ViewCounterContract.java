package org.wenming.miniapp.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One contract, two view counters: every case runs against the in-memory adapter and against the Redis
 * adapter over a real Redis. The dedupe window is short, since the Redis adapter relies on Redis' own key
 * expiry rather than on the product clock.
 */
abstract class ViewCounterContract {

    static final Duration DEDUPE = Duration.ofSeconds(1);

    private ViewCounter views;
    private long item;
    private long other;

    /** A fresh counter with nothing pending, counting one view per resident and item per {@code dedupe}. */
    abstract ViewCounter newCounter(Duration dedupe);

    /** Lets {@code duration} pass as the counter sees time. */
    abstract void elapse(Duration duration) throws InterruptedException;

    @BeforeEach
    void newCounter() {
        views = newCounter(DEDUPE);
        item = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
        other = item + 1;
    }

    @Test
    void aResidentsViewCountsOncePerItemWithinTheWindow() {
        assertThat(views.record(item, 1)).isTrue();
        assertThat(views.record(item, 1)).isFalse();
        assertThat(views.record(item, 2)).isTrue();
        assertThat(views.record(other, 1)).isTrue();

        assertThat(views.pending(List.of(item, other, other + 1))).isEqualTo(Map.of(item, 2L, other, 1L));
    }

    @Test
    void theSameResidentCountsAgainOnceTheWindowHasPassed() throws InterruptedException {
        views.record(item, 1);
        elapse(DEDUPE.multipliedBy(6).dividedBy(10));
        assertThat(views.record(item, 1)).as("within the window").isFalse();

        elapse(DEDUPE.multipliedBy(6).dividedBy(10));

        assertThat(views.record(item, 1)).as("after the window").isTrue();
        assertThat(views.pending(List.of(item))).isEqualTo(Map.of(item, 2L));
    }

    @Test
    void drainingTakesEveryPendingCountOnceAndTheWindowStillHolds() {
        views.record(item, 1);
        views.record(item, 2);
        views.record(other, 1);

        assertThat(views.drain()).isEqualTo(Map.of(item, 2L, other, 1L));

        assertThat(views.drain()).isEmpty();
        assertThat(views.pending(List.of(item, other))).isEmpty();
        assertThat(views.record(item, 1)).as("already counted in this window").isFalse();
    }

    @Test
    void restoredCountsAddToThoseCountedSince() {
        views.record(item, 1);
        Map<Long, Long> taken = views.drain();
        views.record(item, 2);

        views.restore(taken);

        assertThat(views.pending(List.of(item))).isEqualTo(Map.of(item, 2L));
        assertThat(views.drain()).isEqualTo(Map.of(item, 2L));
    }

    @Test
    void nothingPendingIsAnEmptyAnswer() {
        assertThat(views.pending(List.of(item))).isEmpty();
        assertThat(views.pending(List.of())).isEmpty();
        assertThat(views.drain()).isEmpty();
    }
}
