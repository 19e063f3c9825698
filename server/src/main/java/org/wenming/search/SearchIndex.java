package org.wenming.search;

import java.util.List;
import java.util.Map;
import org.wenming.content.ContentKind;

/**
 * The port every search engine implements: the embedded Lucene index on the default profile, Elasticsearch
 * under {@code elasticsearch}. Engines hold only published items and answer only those visible at
 * {@link SearchQuery#now()}; the database stays the truth. A failure to reach the engine is a
 * {@link SearchUnavailableException}.
 */
public interface SearchIndex {

    /** "lucene" or "elasticsearch", for the status page. */
    String engine();

    /** Writes documents and tombstones; for each id the highest version wins, whatever the order. */
    void apply(List<SearchDocument> documents);

    SearchHits search(SearchQuery query);

    /**
     * True when the live index was built with another {@link SearchAnalysis#SCHEMA_VERSION}: it still
     * answers, and a rebuild (started on start-up) replaces it with one of the current analysis.
     */
    boolean schemaOutdated();

    /**
     * Visible items whose title or a tag starts with the prefix (as typed, in full pinyin or in initials),
     * or whose title contains it.
     */
    List<Suggestion> suggest(String prefix, long now, int limit);

    /** Id and version of every live document, for reconciliation with the database. */
    Map<Long, Long> liveVersions();

    Stats stats();

    /** Starts building a fresh index beside the live one; searches keep using the live one until the switch. */
    Rebuild beginRebuild();

    /** Id, kind, title and tags of one visible item that matched a suggestion prefix. */
    record Suggestion(long id, ContentKind kind, String title, List<String> tags) {}

    /** {@code name} is the concrete index (or folder) behind the alias. */
    record Stats(String name, long documents, long sizeBytes) {}

    /** A new index being filled; closing it before {@link #switchOver()} throws it away. */
    interface Rebuild extends AutoCloseable {

        /** Adds documents the rebuild read from the database. */
        void load(List<SearchDocument> documents);

        /** Versioned writes of changes made while the rebuild ran. */
        void apply(List<SearchDocument> documents);

        /** Makes the new index the live one in one atomic step and drops the old one. */
        void switchOver();

        @Override
        void close();
    }
}
