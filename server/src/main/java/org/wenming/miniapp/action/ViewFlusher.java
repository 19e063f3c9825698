package org.wenming.miniapp.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wenming.miniapp.MiniAppProperties;

/**
 * Adds pending view counts to content_stat, and to today's row of content_view_day for the dashboard's trend,
 * every {@code wenming.miniapp.views.flush-interval}. Views are dated by the flush, so a batch drained just
 * after midnight counts for the new day.
 */
@Configuration
public class ViewFlusher implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ViewFlusher.class);

    private final ViewCounter counter;
    private final ActionMappers.ContentStatMapper stats;
    private final ActionMappers.ContentViewDayMapper days;
    private final TransactionTemplate transactions;
    private final MiniAppProperties properties;
    private final Clock clock;

    ViewFlusher(
            ViewCounter counter,
            ActionMappers.ContentStatMapper stats,
            ActionMappers.ContentViewDayMapper days,
            PlatformTransactionManager transactionManager,
            MiniAppProperties properties,
            Clock clock) {
        this.counter = counter;
        this.stats = stats;
        this.days = days;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::flush, properties.views().flushInterval());
    }

    /** Answers how many views reached the database. */
    public long flush() {
        Map<Long, Long> counts = counter.drain();
        if (counts.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            transactions.executeWithoutResult(tx -> counts.forEach((id, views) -> {
                stats.add(id, 0, 0, views);
                days.add(id, today, views);
            }));
        } catch (RuntimeException e) {
            counter.restore(counts);
            log.warn("View counts could not be written, kept for the next flush: {}", e.getMessage());
            return 0;
        }
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
