package org.wenming.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.util.StringUtils;
import org.wenming.content.ContentKind;

/**
 * The production engine, through the official Java API client. Searches and writes go through an alias;
 * each rebuild fills a new concrete index and moves the alias in one atomic request. Writes use external
 * versions ({@code external_gte}), so a stale or repeated write is refused by Elasticsearch itself.
 * Connection failures, timeouts and 5xx/429 answers are {@link SearchUnavailableException}s.
 */
class ElasticsearchSearchIndex implements SearchIndex, AutoCloseable {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final int SCROLL_PAGE = 5000;
    /** Mapping {@code _meta} key of the {@link SearchAnalysis#SCHEMA_VERSION} an index was built with. */
    private static final String SCHEMA = "schema";
    /** The title as written, kept only where folding changed it (traditional characters). */
    private static final String TITLE_AS_WRITTEN = "titleAsWritten";
    /** What a hit is shown from: title and the snippet sources as written. */
    private static final List<String> SHOWN =
            List.of("id", "title", TITLE_AS_WRITTEN, "summary", "quote", "body", "transcript");

    private final ElasticsearchClient client;
    private final SearchProperties.Elasticsearch settings;
    private final String alias;
    private final ObjectMapper json = new ObjectMapper();
    private final int schemaVersion;
    private volatile boolean ready;
    /** The schema of the index behind the alias, read with the mapping's {@code _meta} when first used. */
    private volatile int liveSchemaVersion;

    public ElasticsearchSearchIndex(ElasticsearchClient client, SearchProperties.Elasticsearch settings) {
        this(client, settings, SearchAnalysis.SCHEMA_VERSION);
    }

    /** {@code schemaVersion} other than the current one only to test an upgrade. */
    ElasticsearchSearchIndex(ElasticsearchClient client, SearchProperties.Elasticsearch settings, int schemaVersion) {
        this.client = client;
        this.settings = settings;
        this.alias = settings.index();
        this.schemaVersion = schemaVersion;
    }

    @Override
    public boolean schemaOutdated() {
        ensureIndex();
        return liveSchemaVersion != schemaVersion;
    }

    @Override
    public String engine() {
        return "elasticsearch";
    }

    @Override
    public void close() throws IOException {
        client._transport().close();
    }

    @Override
    public void apply(List<SearchDocument> documents) {
        ensureIndex();
        bulk(alias, documents, Refresh.WaitFor);
    }

    @Override
    public SearchHits search(SearchQuery q) {
        ensureIndex();
        String text = SearchAnalysis.fold(q.text());
        if (QueryShape.match(text, false) == null) {
            return SearchHits.NONE;
        }
        SearchHits hits = search(q, false);
        if (hits.total() < QueryShape.HOMOPHONES_BELOW && QueryShape.hasHomophones(text)) {
            hits = search(q, true);
        }
        return hits;
    }

    private SearchHits search(SearchQuery q, boolean homophones) {
        SearchRequest request = searchRequest(q, homophones);
        HighlightFormatter marks =
                new HighlightFormatter(SearchAnalysis.fold(q.text()), homophones, q.preTag(), q.postTag());
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> client.search(request, Map.class));
        List<SearchHits.Hit> hits = new ArrayList<>();
        for (@SuppressWarnings("rawtypes") Hit<Map> hit : response.hits().hits()) {
            Map<?, ?> source = hit.source();
            List<String> snippetSources = SearchDocument.SNIPPET_FIELDS.stream()
                    .map(field -> (String) source.get(field))
                    .toList();
            hits.add(new SearchHits.Hit(
                    ((Number) source.get("id")).longValue(),
                    marks.title(shownTitle(source)),
                    marks.snippet(snippetSources)));
        }
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        return new SearchHits(total, hits);
    }

    /** The title as written: {@code title} holds it folded for matching, unless it is written so anyway. */
    private static String shownTitle(Map<?, ?> source) {
        Object asWritten = source.get(TITLE_AS_WRITTEN);
        return (String) (asWritten != null ? asWritten : source.get("title"));
    }

    /**
     * The (first) request a search sends; the search benchmark sends it directly to compare with the whole
     * path. {@code homophones}: see {@link QueryShape#HOMOPHONES_BELOW}.
     */
    SearchRequest searchRequest(SearchQuery q, boolean homophones) {
        String text = SearchAnalysis.fold(q.text());
        QueryShape.Clause match = QueryShape.match(text, homophones);
        Query matchQuery = match == null ? Query.of(m -> m.matchNone(n -> n)) : es(match);
        Query query = Query.of(b -> b.bool(bool -> bool.must(matchQuery).filter(filters(q))));
        Query boosts = boostQuery(text);
        return SearchRequest.of(s -> s.index(alias)
                .query(query)
                .from(q.offset())
                .size(q.limit())
                .trackTotalHits(t -> t.count(QueryShape.TOTAL_HITS_THRESHOLD))
                .rescore(r -> r.windowSize(QueryShape.RESCORE_WINDOW)
                        .query(rq -> rq.query(boosts).queryWeight(1.0).rescoreQueryWeight(1.0)))
                .source(src -> src.filter(f -> f.includes(SHOWN))));
    }

    @Override
    public List<Suggestion> suggest(String prefix, long now, int limit) {
        ensureIndex();
        String key = SearchDocument.suggestKey(prefix);
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> client.search(
                s -> s.index(alias)
                        .size(limit)
                        .query(q -> q.bool(b -> b.should(sh -> SearchDocument.isShortPrefix(key)
                                        ? sh.term(t -> t.field("suggestStart").value(key))
                                        : sh.prefix(p -> p.field("suggest").value(key)))
                                .should(sh ->
                                        sh.matchPhrase(p -> p.field("title").query(SearchAnalysis.fold(prefix))))
                                .minimumShouldMatch("1")
                                .filter(window(now))))
                        .source(src -> src.filter(f -> f.includes("id", "kind", "title", TITLE_AS_WRITTEN, "tags"))),
                Map.class));
        List<Suggestion> suggestions = new ArrayList<>();
        for (@SuppressWarnings("rawtypes") Hit<Map> hit : response.hits().hits()) {
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) hit.source().getOrDefault("tags", List.of());
            suggestions.add(new Suggestion(
                    ((Number) hit.source().get("id")).longValue(),
                    ContentKind.valueOf((String) hit.source().get("kind")),
                    shownTitle(hit.source()),
                    tags));
        }
        return suggestions;
    }

    @Override
    public Map<Long, Long> liveVersions() {
        ensureIndex();
        Map<Long, Long> versions = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> page = call(() -> client.search(
                    s -> {
                        s.index(alias)
                                .size(SCROLL_PAGE)
                                .query(q -> q.term(t -> t.field("live").value(true)))
                                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                                .source(src -> src.filter(f -> f.includes("id", "version")));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    },
                    Map.class));
            List<? extends Hit<?>> hits = page.hits().hits();
            for (@SuppressWarnings("rawtypes") Hit<Map> hit : page.hits().hits()) {
                versions.put(
                        ((Number) hit.source().get("id")).longValue(),
                        ((Number) hit.source().get("version")).longValue());
            }
            if (hits.size() < SCROLL_PAGE) {
                return versions;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @Override
    public Stats stats() {
        ensureIndex();
        long documents = call(() -> client.count(c ->
                        c.index(alias).query(q -> q.term(t -> t.field("live").value(true)))))
                .count();
        IndicesStatsResponse stats = call(() -> client.indices().stats(s -> s.index(alias)));
        String name = String.join(",", stats.indices().keySet());
        long size = stats.all().primaries().store() == null
                ? 0
                : stats.all().primaries().store().sizeInBytes();
        return new Stats(name, documents, size);
    }

    @Override
    public Rebuild beginRebuild() {
        ensureIndex();
        String name = alias + "-" + System.currentTimeMillis() + "-"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        createIndex(name, false);
        return new Rebuild() {
            private boolean switched;

            @Override
            public void load(List<SearchDocument> documents) {
                bulk(name, documents, Refresh.False);
            }

            @Override
            public void apply(List<SearchDocument> documents) {
                bulk(name, documents, Refresh.False);
            }

            @Override
            public void switchOver() {
                call(() -> client.indices().refresh(r -> r.index(name)));
                Set<String> old = call(() -> client.indices().getAlias(a -> a.name(alias)))
                        .result()
                        .keySet();
                call(() -> client.indices().updateAliases(u -> {
                    old.forEach(
                            index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias))));
                    return u.actions(a -> a.add(add -> add.index(name).alias(alias)));
                }));
                switched = true;
                liveSchemaVersion = schemaVersion;
                for (String index : old) {
                    call(() -> client.indices().delete(d -> d.index(index)));
                }
            }

            @Override
            public void close() {
                if (!switched) {
                    call(() -> client.indices().delete(d -> d.index(name)));
                }
            }
        };
    }

    /** The shared match ({@link QueryShape#match}) as an Elasticsearch query, node for node. */
    private static Query es(QueryShape.Clause clause) {
        if (clause instanceof QueryShape.Term t) {
            return Query.of(
                    q -> q.term(term -> term.field(t.field()).value(t.term()).boost(t.boost())));
        }
        if (clause instanceof QueryShape.Prefix p) {
            return Query.of(q ->
                    q.prefix(prefix -> prefix.field(p.field()).value(p.prefix()).boost(p.boost())));
        }
        if (clause instanceof QueryShape.DisMax d) {
            List<Query> queries =
                    d.clauses().stream().map(ElasticsearchSearchIndex::es).toList();
            return Query.of(q -> q.disMax(dm -> dm.queries(queries).tieBreaker((double) QueryShape.TIE_BREAKER)));
        }
        QueryShape.Bool b = (QueryShape.Bool) clause;
        List<Query> must = b.must().stream().map(ElasticsearchSearchIndex::es).toList();
        List<Query> filter =
                b.filter().stream().map(ElasticsearchSearchIndex::es).toList();
        List<Query> should =
                b.should().stream().map(ElasticsearchSearchIndex::es).toList();
        return Query.of(q -> q.bool(bool -> bool.must(must)
                .filter(filter)
                .should(should)
                .minimumShouldMatch(Integer.toString(b.minimumShouldMatch()))));
    }

    /** What the rescore adds: the query as a phrase in the title or the other text, and its words. */
    private Query boostQuery(String text) {
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.matchPhrase(p -> p.field("title").query(text).boost(QueryShape.TITLE_PHRASE_BOOST)));
            b.should(s -> s.matchPhrase(p -> p.field("text").query(text).boost(QueryShape.TEXT_PHRASE_BOOST)));
            if (StringUtils.hasText(settings.wordAnalyzer())) {
                b.should(s -> s.match(m -> m.field("words").query(text).boost(QueryShape.WORDS_BOOST)));
            }
            return b;
        }));
    }

    private static List<Query> filters(SearchQuery q) {
        List<Query> filters = new ArrayList<>(window(q.now()));
        if (q.kind() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("kind").value(q.kind().name()))));
        }
        if (q.language() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("language").value(q.language()))));
        }
        if (q.tag() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("tags").value(q.tag()))));
        }
        if (q.festivalCode() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("festival").value(q.festivalCode()))));
        }
        if (q.orgUnitIds() != null) {
            List<FieldValue> ids = q.orgUnitIds().stream().map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.terms(t -> t.field("orgUnitId").terms(v -> v.value(ids)))));
        }
        return filters;
    }

    /** Live and inside [publishAt, offlineAt) at {@code now}. */
    private static List<Query> window(long now) {
        return List.of(
                Query.of(f -> f.term(t -> t.field("live").value(true))),
                Query.of(f -> f.range(r -> r.number(n -> n.field("publishAt").lte((double) now)))),
                Query.of(f -> f.range(r -> r.number(n -> n.field("offlineAt").gt((double) now)))));
    }

    private void bulk(String index, List<SearchDocument> documents, Refresh refresh) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder request = new BulkRequest.Builder().index(index).refresh(refresh);
        for (SearchDocument document : documents) {
            request.operations(op -> op.index(i -> i.id(Long.toString(document.id()))
                    .version(document.version())
                    .versionType(VersionType.ExternalGte)
                    .document(source(document))));
        }
        BulkResponse response = call(() -> client.bulk(request.build()));
        if (response.errors()) {
            List<String> failures = response.items().stream()
                    .map(BulkResponseItem::error)
                    .filter(error -> error != null && !VERSION_CONFLICT.equals(error.type()))
                    .map(error -> error.type() + ": " + error.reason())
                    .toList();
            if (!failures.isEmpty()) {
                throw new IllegalStateException(
                        "Elasticsearch refused " + failures.size() + " documents: " + failures.get(0));
            }
        }
    }

    private static Map<String, Object> source(SearchDocument original) {
        SearchDocument d = original.folded();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", d.id());
        source.put("version", d.version());
        source.put("live", d.live());
        if (!d.live()) {
            return source;
        }
        source.put("kind", d.kind().name());
        source.put("language", d.language());
        source.put("festival", d.festivalCode());
        source.put("orgUnitId", d.orgUnitId());
        source.put("tags", d.tags());
        source.put("tagText", d.foldedTags());
        source.put("titlePinyin", d.titlePinyin());
        source.put("tagPinyin", d.tagPinyin());
        source.put("textPinyin", d.textPinyin());
        source.put(QueryShape.INITIALS, d.initials());
        source.put("suggest", d.suggestKeys());
        source.put("suggestStart", d.suggestStarts());
        source.put("publishAt", d.publishAt());
        source.put("offlineAt", d.offlineAt());
        source.put("title", d.title());
        if (!d.title().equals(original.title())) {
            source.put(TITLE_AS_WRITTEN, original.title());
        }
        // Kept as written for snippets, not indexed: they are matched through "text".
        source.put("summary", original.summary());
        source.put("quote", original.quote());
        source.put("body", original.body());
        source.put("transcript", original.transcript());
        source.put("text", d.text());
        source.put("words", d.wordText());
        return source;
    }

    /** Creates the alias and its first index when the cluster has neither (first start, or a new cluster). */
    private void ensureIndex() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (!call(() -> client.indices().existsAlias(a -> a.name(alias))).value()) {
                createIndex(alias + "-initial", true);
            }
            liveSchemaVersion = call(() -> client.indices().getMapping(m -> m.index(alias))).result().values().stream()
                    .map(mapping -> mapping.mappings().meta().get(SCHEMA))
                    .mapToInt(version -> version == null ? 1 : version.to(Integer.class))
                    .min()
                    .orElse(schemaVersion);
            ready = true;
        }
    }

    private void createIndex(String name, boolean withAlias) {
        Map<String, Object> text = Map.of("type", "text", "analyzer", settings.analyzer());
        Map<String, Object> shown = Map.of("type", "text", "index", false);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", Map.of("type", "long"));
        properties.put("version", Map.of("type", "long"));
        properties.put("live", Map.of("type", "boolean"));
        for (String keyword : List.of("kind", "language", "festival", "tags", "suggest", "suggestStart")) {
            properties.put(keyword, Map.of("type", "keyword"));
        }
        for (String number : List.of("orgUnitId", "publishAt", "offlineAt")) {
            properties.put(number, Map.of("type", "long"));
        }
        properties.put("title", text);
        for (String field : List.of(TITLE_AS_WRITTEN, "summary", "quote", "body", "transcript")) {
            properties.put(field, shown);
        }
        properties.put("tagText", text);
        // Tokens made by the application (SearchAnalysis), split on spaces only; matched by terms.
        Map<String, Object> terms = Map.of("type", "text", "analyzer", "whitespace", "index_options", "freqs");
        QueryShape.PINYIN_FIELDS.keySet().forEach(field -> properties.put(field, terms));
        properties.put(QueryShape.INITIALS, terms);
        properties.put("text", text);
        properties.put(
                "words",
                StringUtils.hasText(settings.wordAnalyzer())
                        ? Map.of("type", "text", "analyzer", settings.wordAnalyzer())
                        : Map.of("type", "text", "index", false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("settings", Map.of("number_of_shards", settings.shards(), "number_of_replicas", settings.replicas()));
        body.put(
                "mappings",
                Map.of("dynamic", "strict", "_meta", Map.of(SCHEMA, schemaVersion), "properties", properties));
        if (withAlias) {
            body.put("aliases", Map.of(alias, Map.of()));
        }
        String definition;
        try {
            definition = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            call(() -> client.indices().create(c -> c.index(name).withJson(new StringReader(definition))));
        } catch (IllegalStateException e) {
            // Another instance created the first index at the same moment: theirs serves both.
            if (!withAlias || !e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
        }
    }

    private <T> T call(ElasticCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch 无法访问：" + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new SearchUnavailableException("Elasticsearch 暂时不可用：" + e.getMessage(), e);
            }
            if (e.status() == 404) {
                ready = false;
            }
            throw new IllegalStateException("Elasticsearch refused the request: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ElasticCall<T> {
        T run() throws IOException;
    }
}
