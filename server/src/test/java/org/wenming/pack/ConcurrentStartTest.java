package org.wenming.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wenming.support.AppInstance;

/**
 * Two instances starting at once on one empty database both come up, and the content pack and the first
 * administrator are there once: the start-up lock row makes the second wait, then find the work done.
 */
class ConcurrentStartTest {

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseImportThePackOnce() throws Exception {
        String database = "spring.datasource.url=jdbc:h2:mem:concurrent-start-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        ExecutorService starters = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AppInstance>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(starters.submit(() -> {
                start.await();
                return AppInstance.start(
                        List.of(), database, "spring.datasource.username=sa", "spring.datasource.password=");
            }));
        }
        start.countDown();
        List<AppInstance> started = new ArrayList<>();
        try {
            for (Future<AppInstance> instance : instances) {
                started.add(instance.get(5, TimeUnit.MINUTES));
            }
            JdbcTemplate jdbc = started.get(0).bean(JdbcTemplate.class);

            assertThat(jdbc.queryForList(
                            "SELECT import_key FROM content WHERE import_key IS NOT NULL GROUP BY import_key HAVING COUNT(*) > 1",
                            String.class))
                    .isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM content WHERE import_key IS NOT NULL", Long.class))
                    .isPositive();
            assertThat(jdbc.queryForList("SELECT code FROM org_unit GROUP BY code HAVING COUNT(*) > 1", String.class))
                    .isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_user WHERE username = 'admin'", Long.class))
                    .isEqualTo(1);
        } finally {
            started.forEach(AppInstance::close);
            starters.shutdownNow();
        }
    }
}
