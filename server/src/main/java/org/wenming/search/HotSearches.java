package org.wenming.search;

import java.util.List;

/**
 * What residents searched most in the last {@code wenming.search.hot-days} days (counted per day): a
 * Redis sorted set per day under the {@code redis} profile, shared by all instances; in memory otherwise.
 */
interface HotSearches {

    void record(String query);

    List<HotQuery> top(int limit);

    record HotQuery(String query, long count) {}
}
