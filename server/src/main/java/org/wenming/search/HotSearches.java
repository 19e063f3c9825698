package org.wenming.search;

import java.util.List;

/**
 * What residents searched most in the last {@code wenming.search.hot-days} days (counted per day): a
 * Redis sorted set per day under the {@code redis} profile, shared by all instances; in memory otherwise.
 */
interface HotSearches {

    /**
     * Counts a query that found something, once per visitor (a resident, or an address without sign-in)
     * per query per day, so one phone repeating a search cannot push it up the list.
     */
    void record(String query, String visitor);

    List<HotQuery> top(int limit);

    record HotQuery(String query, long count) {}
}
