package org.wenming.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Hot searches of a single instance, kept in memory (the embedded default). */
class MemoryHotSearches implements HotSearches {

    private final ConcurrentMap<LocalDate, ConcurrentMap<String, LongAdder>> days = new ConcurrentHashMap<>();
    /** Visitor and query pairs already counted, per day. */
    private final ConcurrentMap<LocalDate, Set<String>> counted = new ConcurrentHashMap<>();

    private final SearchProperties properties;
    private final Clock clock;

    MemoryHotSearches(SearchProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void record(String query, String visitor) {
        LocalDate today = LocalDate.now(clock);
        counted.keySet().removeIf(day -> !day.equals(today));
        if (!counted.computeIfAbsent(today, day -> ConcurrentHashMap.newKeySet())
                .add(visitor + '\n' + query)) {
            return;
        }
        days.computeIfAbsent(today, day -> new ConcurrentHashMap<>())
                .computeIfAbsent(query, q -> new LongAdder())
                .increment();
        days.keySet().removeIf(day -> day.isBefore(today.minusDays(properties.hotDays() - 1L)));
    }

    @Override
    public List<HotQuery> top(int limit) {
        LocalDate first = LocalDate.now(clock).minusDays(properties.hotDays() - 1L);
        Map<String, Long> counts = new HashMap<>();
        days.forEach((day, queries) -> {
            if (!day.isBefore(first)) {
                queries.forEach((query, count) -> counts.merge(query, count.sum(), Long::sum));
            }
        });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new HotQuery(e.getKey(), e.getValue()))
                .toList();
    }
}
