package org.wenming.search;

import java.util.List;

/** An engine's answer: ids in rank order with their highlights, and how many matched in all. */
record SearchHits(long total, List<Hit> hits) {

    public static final SearchHits NONE = new SearchHits(0, List.of());

    /** {@code title} is the whole title with matches marked; {@code snippet} a short marked passage or null. */
    public record Hit(long id, String title, String snippet) {}
}
