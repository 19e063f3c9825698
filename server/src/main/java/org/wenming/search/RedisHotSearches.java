package org.wenming.search;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.wenming.common.redis.RedisBreaker;

/**
 * Hot searches shared by all instances: one sorted set per day ({@code wenming:search:hot:yyyyMMdd}, query
 * → count) that expires after the window; the top list is the union of the window's days. A set per day
 * ({@code wenming:search:hot:counted:yyyyMMdd}) holds the visitor and query pairs already counted. While Redis
 * is away searches go uncounted and the list is empty: a search never fails for want of its statistics.
 */
class RedisHotSearches implements HotSearches {

    private static final String PREFIX = "wenming:search:hot:";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringRedisTemplate redis;
    private final SearchProperties properties;
    private final Clock clock;
    private final RedisBreaker breaker;

    RedisHotSearches(StringRedisTemplate redis, SearchProperties properties, Clock clock, RedisBreaker breaker) {
        this.redis = redis;
        this.breaker = breaker;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void record(String query, String visitor) {
        // Not counted while Redis is away: the search itself is answered.
        breaker.attempt(() -> count(query, visitor));
    }

    private void count(String query, String visitor) {
        String day = LocalDate.now(clock).format(DAY);
        String counted = PREFIX + "counted:" + day;
        Long added = redis.opsForSet().add(counted, visitor + '\n' + query);
        redis.expire(counted, Duration.ofDays(2));
        if (added == null || added == 0) {
            return;
        }
        String key = PREFIX + day;
        redis.opsForZSet().incrementScore(key, query, 1);
        redis.expire(key, Duration.ofDays(properties.hotDays() + 1L));
    }

    @Override
    public List<HotQuery> top(int limit) {
        return breaker.attempt(() -> topOfWindow(limit), List.of());
    }

    private List<HotQuery> topOfWindow(int limit) {
        LocalDate today = LocalDate.now(clock);
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < properties.hotDays(); i++) {
            keys.add(PREFIX + today.minusDays(i).format(DAY));
        }
        String window = PREFIX + "window:" + today.format(DAY);
        redis.opsForZSet().unionAndStore(PREFIX + today.format(DAY), keys, window);
        redis.expire(window, Duration.ofMinutes(1));
        Set<ZSetOperations.TypedTuple<String>> top = redis.opsForZSet().reverseRangeWithScores(window, 0, limit - 1L);
        if (top == null) {
            return List.of();
        }
        return top.stream()
                .map(t -> new HotQuery(
                        t.getValue(), t.getScore() == null ? 0 : t.getScore().longValue()))
                .toList();
    }
}
