package org.wenming.search;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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

    /** Title and tags in the form prefix suggestions match on. */
    public List<String> suggestKeys() {
        return Stream.concat(Stream.of(title), tags.stream())
                .map(SearchDocument::suggestKey)
                .distinct()
                .toList();
    }

    public static String suggestKey(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
