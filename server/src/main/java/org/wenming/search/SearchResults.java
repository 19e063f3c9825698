package org.wenming.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.wenming.content.ContentKind;
import org.wenming.content.PublicContentCard;

/**
 * A page of search results for residents. {@code degraded} is true when the search engine was unavailable
 * and the answer came from the plain database fallback (newest first, no ranking), with {@code notice}
 * saying so.
 */
record SearchResults(List<Item> items, long total, int page, int size, boolean degraded, String notice) {

    /** One result: the card residents know from lists, the title with matches marked, and a snippet. */
    @Schema(name = "SearchResultItem")
    public record Item(PublicContentCard content, String highlightedTitle, String snippet) {}

    /** Prefix completions of what the resident is typing. */
    public record Suggestions(List<Suggestion> suggestions, boolean degraded) {}

    /**
     * One completion: the text to show, whether it is an item's title or a tag, and for a title the item's
     * id and kind (so the mini program can open it directly); null for a tag, which is searched instead.
     */
    public record Suggestion(String text, Type type, Long id, ContentKind kind) {

        public enum Type {
            TITLE,
            TAG
        }
    }
}
