package org.wenming.miniapp.action;

import java.time.Duration;
import java.time.ZoneId;
import org.wenming.support.MutableClock;

/** The view-counter contract in memory, where the dedupe window follows the product clock. */
class MemoryViewCounterTest extends ViewCounterContract {

    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));

    @Override
    ViewCounter newCounter(Duration dedupe) {
        return new MemoryViewCounter(dedupe, clock);
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }
}
