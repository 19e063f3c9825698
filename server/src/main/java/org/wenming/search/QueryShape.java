package org.wenming.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one definition of how a search is scored, shared by both engines so they rank alike: which fields
 * match with which weight, how many query bigrams must match, and the phrase and word boosts on top.
 */
final class QueryShape {

    /**
     * Fields matched by bigrams, with their weights: the title counts most, then tags, then everything else
     * as one field ({@link SearchDocument#text()}). Few fields keep queries on common words cheap.
     */
    static final Map<String, Float> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_FIELDS.put("title", 3.0f);
        TEXT_FIELDS.put("tagText", 2.0f);
        TEXT_FIELDS.put("text", 1.0f);
    }

    /** Up to three bigrams must all match; of longer queries three quarters (rounded down). */
    static final String MINIMUM_SHOULD_MATCH = "3<75%";
    /**
     * A bigram scores by its best field alone; with no tie breaker the engines can skip documents that
     * cannot reach the page (block-max WAND).
     */
    static final float TIE_BREAKER = 0.0f;
    /**
     * Phrase and word matches are scored only for the best {@code RESCORE_WINDOW} hits of the bigram query
     * (a rescore), because scoring them for every match of a common word is what makes searches slow.
     */
    static final int RESCORE_WINDOW = 100;
    /** The whole query as a phrase in the title, then in the other text. */
    static final float TITLE_PHRASE_BOOST = 4.0f;

    static final float TEXT_PHRASE_BOOST = 2.0f;
    /** Matches of whole words (smartcn) lift precise hits above bigram coincidences. */
    static final float WORDS_BOOST = 0.5f;
    /** Characters of a snippet around its first match. */
    static final int SNIPPET_LENGTH = 80;
    /**
     * Matches counted exactly; beyond this the total is "at least" this many. Residents page through at most
     * the first 1,000 results anyway, and not counting further lets the engines skip documents that cannot
     * make the page (block-max WAND), which keeps common words fast on large indexes.
     */
    static final int TOTAL_HITS_THRESHOLD = 1_000;

    private QueryShape() {}

    static int minimumShouldMatch(int terms) {
        return terms <= 3 ? terms : (int) Math.floor(terms * 0.75);
    }
}
