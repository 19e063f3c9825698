package org.wenming.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A clock tests move forward instead of sleeping. */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Moves the clock so that it now reads this moment (and goes on ticking from there). */
    public void moveTo(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    /**
     * Moves the clock to the start of the next fixed window of this length (it goes on ticking from there):
     * a burst of requests counted in such windows then stays inside one instead of crossing its end.
     */
    public void startWindow(Duration window) {
        long length = window.toMillis();
        moveTo(Instant.ofEpochMilli((millis() / length + 1) * length));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(offset);
    }
}
