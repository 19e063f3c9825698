package org.wenming.common.config;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times one phase of the start (Flyway, the pack import, fonts, dictionaries, the search index) and logs it as
 * {@code Start-up phase NAME: N ms}, the line scripts/bench/startup.sh reads.
 */
public final class StartupPhase {

    private static final Logger log = LoggerFactory.getLogger(StartupPhase.class);

    private StartupPhase() {}

    public static <T> T timed(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            log.info("Start-up phase {}: {} ms", phase, (System.nanoTime() - start) / 1_000_000);
        }
    }

    public static void timed(String phase, Runnable work) {
        timed(phase, () -> {
            work.run();
            return null;
        });
    }
}
