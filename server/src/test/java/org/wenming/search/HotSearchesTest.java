package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.common.redis.RedisBreaker;
import org.wenming.common.redis.RedisResilienceProperties;
import org.wenming.support.EmbeddedRedis;
import org.wenming.support.MutableClock;

/** Both stores of hot searches count per day and forget days that leave the seven-day window. */
class HotSearchesTest {

    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;

    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    private final SearchProperties properties = properties();

    @BeforeAll
    static void connectToRedis() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", EmbeddedRedis.port()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void memoryStoreRanksTheWeeksQueries() {
        checkRankingAndWindow(new MemoryHotSearches(properties, clock));
    }

    @Test
    void redisStoreRanksTheWeeksQueries() {
        redis.getConnectionFactory().getConnection().serverCommands().flushDb();
        checkRankingAndWindow(new RedisHotSearches(
                redis,
                properties,
                clock,
                new RedisBreaker(new RedisResilienceProperties(Duration.ofSeconds(1)), clock)));
        assertThat(redis.keys("wenming:search:hot:*"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(redis.getExpire(key)).isPositive());
    }

    private void checkRankingAndWindow(HotSearches hot) {
        String old = "旧词" + UUID.randomUUID();
        record(hot, old, 5);
        clock.advance(Duration.ofDays(2));
        record(hot, "端午", 3);
        record(hot, "雷锋", 3);
        clock.advance(Duration.ofDays(1));
        record(hot, "雷锋", 1);
        record(hot, "月饼", 1);

        assertThat(hot.top(3))
                .containsExactly(
                        new HotSearches.HotQuery(old, 5),
                        new HotSearches.HotQuery("雷锋", 4),
                        new HotSearches.HotQuery("端午", 3));

        clock.advance(Duration.ofDays(5));

        List<HotSearches.HotQuery> week = hot.top(10);
        assertThat(week)
                .containsExactly(
                        new HotSearches.HotQuery("雷锋", 4),
                        new HotSearches.HotQuery("端午", 3),
                        new HotSearches.HotQuery("月饼", 1));
        assertThat(hot.top(1)).hasSize(1);
    }

    private static void record(HotSearches hot, String query, int times) {
        for (int i = 0; i < times; i++) {
            hot.record(query, "resident:" + UUID.randomUUID());
        }
    }

    @Test
    void memoryStoreCountsAVisitorOncePerQueryPerDay() {
        checkOncePerVisitorPerDay(new MemoryHotSearches(properties, clock));
    }

    @Test
    void redisStoreCountsAVisitorOncePerQueryPerDay() {
        redis.getConnectionFactory().getConnection().serverCommands().flushDb();
        checkOncePerVisitorPerDay(new RedisHotSearches(
                redis,
                properties,
                clock,
                new RedisBreaker(new RedisResilienceProperties(Duration.ofSeconds(1)), clock)));
    }

    private void checkOncePerVisitorPerDay(HotSearches hot) {
        for (int i = 0; i < 5; i++) {
            hot.record("草原书屋", "resident:7");
            hot.record("草原书屋", "address:10.0.0.8");
        }
        hot.record("月饼", "resident:7");
        assertThat(hot.top(10)).containsExactly(new HotSearches.HotQuery("草原书屋", 2), new HotSearches.HotQuery("月饼", 1));

        clock.advance(Duration.ofDays(1));
        hot.record("草原书屋", "resident:7");

        assertThat(hot.top(1)).containsExactly(new HotSearches.HotQuery("草原书屋", 3));
    }

    private static SearchProperties properties() {
        return new SearchProperties(
                Duration.ofSeconds(1),
                100,
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofDays(7),
                Duration.ofSeconds(5),
                false,
                "<em>",
                "</em>",
                50,
                1000,
                100,
                "unused",
                7,
                null);
    }
}
