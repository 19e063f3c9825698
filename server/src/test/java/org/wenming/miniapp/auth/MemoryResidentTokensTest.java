package org.wenming.miniapp.auth;

import java.time.Duration;
import java.time.ZoneId;
import org.wenming.support.MutableClock;

/** The tokens contract on the in-memory store, whose expiry follows the product clock. */
class MemoryResidentTokensTest extends ResidentTokensContract {

    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));

    @Override
    ResidentTokens newTokens(Duration ttl) {
        return new MemoryResidentTokens(ttl, clock);
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }
}
