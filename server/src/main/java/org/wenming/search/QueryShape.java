package org.wenming.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one definition of how a search is scored, shared by both engines so they rank alike: which fields
 * match with which weight, how much of the query must match, and the phrase and word boosts on top. The
 * match is built here as a small tree of clauses ({@link #match(String)}) that each engine translates
 * one for one, so the shape cannot drift between them.
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

    /**
     * Pinyin fields ({@link SearchAnalysis#pinyinTokens}), weighted below the characters so an exact match
     * (which matches both) ranks above a homophone or a query typed in pinyin.
     */
    static final Map<String, Float> PINYIN_FIELDS = new LinkedHashMap<>();

    static {
        PINYIN_FIELDS.put("titlePinyin", 1.5f);
        PINYIN_FIELDS.put("tagPinyin", 1.0f);
        PINYIN_FIELDS.put("textPinyin", 0.5f);
    }

    /** Initials of titles and tags ({@link SearchAnalysis#initialsTokens}). */
    static final String INITIALS = "initials";

    static final float INITIALS_BOOST = 3.0f;
    /** A {@link DisMax} (used only to match, in the filter) scores by its best clause alone. */
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

    /**
     * A Chinese query is matched by its pinyin too (homophone typos) only when its characters find fewer
     * items than this: a typo rarely finds much, and matching every common word's pinyin as well doubled
     * the cost of the slowest queries. The rule depends on the query and filters, not on the page, so all
     * pages of a search come from one ranking.
     */
    static final int HOMOPHONES_BELOW = 10;

    /** True when {@link #match} with homophones differs from without (the query is Chinese, with pinyin). */
    static boolean hasHomophones(String text) {
        SearchAnalysis.Parsed parsed = SearchAnalysis.parse(text);
        return parsed.fromCharacters() && !parsed.pinyin().isEmpty();
    }

    /** The analysis of query text into bigrams; the engines index the text fields with the same one. */
    private static final Analyzer BIGRAMS = new CJKAnalyzer();

    /**
     * How much of the query must match: one bigram of one or two, half (rounded up) of longer ones, so a
     * question or words found apart still find items covering most of them; more coverage scores higher.
     */
    static int minimumShouldMatch(int terms) {
        return terms <= 2 ? Math.min(terms, 1) : terms - terms / 2;
    }

    /**
     * The search of a query, or null when nothing in it is searchable. Which items match and how they score
     * are kept apart: {@link #matching} is a filter, and the score is the sum of each query term's weighted
     * score in each field it occurs in ({@link #scoring}), one flat list of terms. Flat terms let the engines
     * skip documents whose fields cannot reach the page (block-max WAND): a word common in every body but
     * rare in titles costs only its title postings, where one clause per word over all fields had to score
     * every document containing it anywhere.
     */
    static Clause match(String text, boolean homophones) {
        SearchAnalysis.Parsed parsed = SearchAnalysis.parse(text);
        List<String> bigrams = bigrams(parsed.chinese());
        boolean withPinyin = matchesPinyin(parsed, homophones);
        Clause matching = matching(parsed, bigrams, withPinyin);
        if (matching == null) {
            return null;
        }
        // Whatever passes the filter matches one of the scoring terms: requiring one lets the engines skip.
        Clause scoring = new Bool(scoring(parsed, bigrams, withPinyin), 1);
        return new Bool(List.of(scoring), List.of(matching), List.of(), 0);
    }

    /**
     * Which items match: the query's bigrams in title, tags and text; its pinyin (bigrams of syllables, typed
     * or read from the characters) in the pinyin fields; initials; any of the three may match. A lone
     * character matches as a prefix of the bigrams (粽 finds 粽子). A code ({@link SearchAnalysis#isCode}:
     * 同步ABC123, 5G) was typed on purpose, so it must match: it is not one of the bigrams of which only some
     * are needed, and the rest of the query must match as it would alone. The pinyin of Chinese characters
     * (homophones) is added only with {@code homophones}: see {@link #HOMOPHONES_BELOW}.
     */
    private static Clause matching(SearchAnalysis.Parsed parsed, List<String> bigrams, boolean withPinyin) {
        List<Clause> codes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String term : bigrams) {
            if (SearchAnalysis.isCode(term, parsed.fromCharacters())) {
                codes.add(anyField(term, TEXT_FIELDS, false));
            } else {
                words.add(term);
            }
        }
        List<Clause> ways = new ArrayList<>();
        if (!words.isEmpty()) {
            ways.add(coverage(words, TEXT_FIELDS, true, minimumShouldMatch(words.size())));
        }
        if (withPinyin) {
            ways.add(coverage(
                    parsed.pinyin(),
                    PINYIN_FIELDS,
                    false,
                    minimumShouldMatch(parsed.pinyin().size())));
        }
        if (parsed.initials() != null) {
            ways.add(new Term(INITIALS, parsed.initials(), INITIALS_BOOST));
        }
        if (codes.isEmpty()) {
            return ways.isEmpty() ? null : new Bool(ways, 1);
        }
        // Every code must match, whichever way the rest of the query does.
        return new Bool(codes, ways, words.isEmpty() ? 0 : 1);
    }

    /**
     * How a match scores: each bigram in each text field, the pinyin in the pinyin fields, the initials, by
     * their weights, summed; so more of the query covered, and covered in the title, scores higher.
     */
    private static List<Clause> scoring(SearchAnalysis.Parsed parsed, List<String> bigrams, boolean withPinyin) {
        List<Clause> terms = new ArrayList<>();
        for (String term : bigrams) {
            boolean prefix = isSingleCharacter(term);
            TEXT_FIELDS.forEach((field, boost) ->
                    terms.add(prefix ? new Prefix(field, term, boost) : new Term(field, term, boost)));
        }
        if (withPinyin) {
            for (String term : parsed.pinyin()) {
                PINYIN_FIELDS.forEach((field, boost) -> terms.add(new Term(field, term, boost)));
            }
        }
        if (parsed.initials() != null) {
            terms.add(new Term(INITIALS, parsed.initials(), INITIALS_BOOST));
        }
        return terms;
    }

    /** True when the search matches the query's pinyin: typed as pinyin, or read from its characters. */
    static boolean matchesPinyin(SearchAnalysis.Parsed parsed, boolean homophones) {
        return !parsed.pinyin().isEmpty() && (homophones || !parsed.fromCharacters());
    }

    /** The distinct bigrams (and lone characters or other-script words) of a text, in order. */
    static List<String> bigrams(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = BIGRAMS.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (!terms.contains(value)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** True for a lone Chinese character, which the index holds only inside bigrams. */
    static boolean isSingleCharacter(String term) {
        return term.length() == 1 && SearchAnalysis.isHan(term.charAt(0));
    }

    private static Clause coverage(
            List<String> terms, Map<String, Float> fields, boolean prefixLoneCharacters, int minimumShouldMatch) {
        List<Clause> perTerm = new ArrayList<>();
        for (String term : terms) {
            perTerm.add(anyField(term, fields, prefixLoneCharacters && isSingleCharacter(term)));
        }
        return new Bool(perTerm, minimumShouldMatch);
    }

    /** The term in the best of the fields. */
    private static Clause anyField(String term, Map<String, Float> fields, boolean prefix) {
        List<Clause> perField = new ArrayList<>();
        fields.forEach(
                (field, boost) -> perField.add(prefix ? new Prefix(field, term, boost) : new Term(field, term, boost)));
        return new DisMax(perField);
    }

    /** A node of the match; every engine translates each kind to its own query of the same meaning. */
    sealed interface Clause permits Term, Prefix, DisMax, Bool {}

    record Term(String field, String term, float boost) implements Clause {}

    /** Constant score {@code boost} for any term of the field starting with {@code prefix}. */
    record Prefix(String field, String prefix, float boost) implements Clause {}

    /** The best of its clauses alone ({@link #TIE_BREAKER}). */
    record DisMax(List<Clause> clauses) implements Clause {}

    /**
     * All of {@code must} and {@code filter} and at least {@code minimumShouldMatch} of {@code should} (none:
     * they only add to the score), scores of {@code must} and {@code should} summed; {@code filter} does not
     * score.
     */
    record Bool(List<Clause> must, List<Clause> filter, List<Clause> should, int minimumShouldMatch) implements Clause {

        Bool(List<Clause> should, int minimumShouldMatch) {
            this(List.of(), List.of(), should, minimumShouldMatch);
        }

        Bool(List<Clause> must, List<Clause> should, int minimumShouldMatch) {
            this(must, List.of(), should, minimumShouldMatch);
        }
    }
}
