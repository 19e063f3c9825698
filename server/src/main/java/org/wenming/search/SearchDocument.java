package org.wenming.search;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.wenming.content.ContentKind;

/**
 * What the index holds of one item. Every write is versioned by the item's version, so writes applied twice
 * or out of order leave the newest. An item that is no longer published is kept as a tombstone
 * ({@code live == false}, no text) carrying the version that removed it, so an older copy arriving later
 * cannot bring it back. Times are local date-times of the product's zone as epoch milliseconds, compared
 * only with each other.
 */
record SearchDocument(
        long id,
        long version,
        boolean live,
        ContentKind kind,
        String language,
        Long orgUnitId,
        String festivalCode,
        List<String> tags,
        String title,
        String summary,
        String quote,
        String body,
        String transcript,
        String names,
        long publishAt,
        long offlineAt) {

    /** The highlighted fields that can give a result its snippet, best first. */
    public static final List<String> SNIPPET_FIELDS = List.of("quote", "summary", "transcript", "body");

    /** Longest suggestion prefix indexed as a term of its own ({@link #suggestStarts()}). */
    static final int SHORT_PREFIX = 3;

    public static SearchDocument tombstone(long id, long version) {
        return new SearchDocument(
                id, version, false, null, null, null, null, List.of(), null, null, null, null, null, null, 0, 0);
    }

    public static long millis(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Everything searchable besides title and tags, as one field. */
    public String text() {
        StringBuilder all = new StringBuilder();
        for (String part : new String[] {quote, summary, names, body, transcript}) {
            if (part != null && !part.isEmpty()) {
                all.append(part).append('\n');
            }
        }
        return all.toString();
    }

    /**
     * The short text (title, tags, quote, summary) for the word-analysed field: word matches there lift
     * precise hits, and leaving out bodies and transcripts keeps the slow word analysis cheap.
     */
    public String wordText() {
        StringBuilder all = new StringBuilder();
        for (String part : new String[] {title, String.join(" ", tags), quote, summary}) {
            if (part != null && !part.isEmpty()) {
                all.append(part).append('\n');
            }
        }
        return all.toString();
    }

    /**
     * The same document with its text folded ({@link SearchAnalysis#fold}): what the engines index, so 端午節
     * and 端午节 match alike; what they show is the original. Tags keep their spelling for the exact tag
     * filter.
     */
    public SearchDocument folded() {
        if (!live) {
            return this;
        }
        return new SearchDocument(
                id,
                version,
                live,
                kind,
                language,
                orgUnitId,
                festivalCode,
                tags,
                SearchAnalysis.fold(title),
                SearchAnalysis.fold(summary),
                SearchAnalysis.fold(quote),
                SearchAnalysis.fold(body),
                SearchAnalysis.fold(transcript),
                SearchAnalysis.fold(names),
                publishAt,
                offlineAt);
    }

    /** Folded tags, for matching. */
    public List<String> foldedTags() {
        return tags.stream().map(SearchAnalysis::fold).toList();
    }

    /** Pinyin syllables and bigrams of the title. */
    public String titlePinyin() {
        return SearchAnalysis.pinyinTokens(title, true);
    }

    /** Pinyin syllables and bigrams of each tag. */
    public List<String> tagPinyin() {
        return foldedTags().stream()
                .map(tag -> SearchAnalysis.pinyinTokens(tag, true))
                .toList();
    }

    /** Pinyin bigrams of everything else ({@link #text()}), which find homophones there too. */
    public String textPinyin() {
        return SearchAnalysis.pinyinTokens(text(), false);
    }

    /** Initials of the title and of each tag. */
    public String initials() {
        StringBuilder all = new StringBuilder(SearchAnalysis.initialsTokens(title));
        for (String tag : foldedTags()) {
            all.append(' ').append(SearchAnalysis.initialsTokens(tag));
        }
        return all.toString().strip();
    }

    /**
     * Title and tags in the forms prefix suggestions match on: the folded text, its full pinyin and its
     * initials (端午节, duanwujie, dwj).
     */
    public List<String> suggestKeys() {
        return Stream.concat(Stream.of(title), foldedTags().stream())
                .flatMap(text ->
                        Stream.of(suggestKey(text), SearchAnalysis.pinyinKey(text), SearchAnalysis.initialsKey(text)))
                .filter(key -> !key.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * The first one to {@link #SHORT_PREFIX} characters of each suggestion key: a short prefix (d, du, 端)
     * matches by one of these terms, where a prefix query would visit the keys of nearly every item.
     */
    public List<String> suggestStarts() {
        return suggestKeys().stream()
                .flatMap(key -> IntStream.rangeClosed(1, Math.min(SHORT_PREFIX, key.length()))
                        .mapToObj(length -> key.substring(0, length)))
                .distinct()
                .toList();
    }

    /** True when a suggestion key is matched through {@link #suggestStarts()} rather than by prefix. */
    public static boolean isShortPrefix(String key) {
        return !key.isEmpty() && key.length() <= SHORT_PREFIX;
    }

    /** Folded, lower case, and for latin input without spaces (duan wu → duanwu, as the pinyin keys). */
    public static String suggestKey(String text) {
        String key = SearchAnalysis.fold(text).strip().toLowerCase(Locale.ROOT);
        return key.chars().anyMatch(c -> SearchAnalysis.isHan((char) c)) ? key : key.replaceAll("\\s+", "");
    }
}
