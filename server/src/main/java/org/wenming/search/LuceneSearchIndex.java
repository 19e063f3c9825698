package org.wenming.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.FileSystemUtils;
import org.wenming.content.ContentKind;

/**
 * The embedded engine: a Lucene index in a folder of {@code wenming.search.index-dir}. Each build lives in
 * its own sub-folder and the file {@code CURRENT} names the live one, so a rebuild switches by one atomic
 * rename and a crash mid-rebuild leaves the old index in place. Text is indexed as CJK bigrams (partial
 * words match; Mongolian and other scripts by whole words) plus a smartcn word field for precision.
 */
class LuceneSearchIndex implements SearchIndex, DisposableBean {

    private static final String CURRENT = "CURRENT";
    private static final String ID = "id";
    private static final String VERSION = "version";
    private static final String LIVE = "live";
    private static final String WORDS = "words";
    private static final String SUGGEST = "suggest";
    private static final String SUGGEST_START = "suggestStart";
    /** Stored as written, for showing a hit: the index holds the folded tokens only. */
    private static final Set<String> SHOWN = Set.of(ID, "title", "summary", "quote", "body", "transcript");

    private static final String TEXT = "text";
    /** Pinyin and initials are matched by terms only: no positions keeps these large fields small. */
    private static final FieldType TERMS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    /** Commit data naming the {@link SearchAnalysis#SCHEMA_VERSION} a generation was built with. */
    private static final String SCHEMA = "schema";

    static {
        TERMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_TYPE.freeze();
    }

    private final Path root;
    private final Analyzer textAnalyzer = new CJKAnalyzer();
    private final Analyzer wordAnalyzer = new SmartChineseAnalyzer();
    private final Analyzer analyzer;
    private final Object writeLock = new Object();
    private final int schemaVersion;
    private volatile Generation live;

    public LuceneSearchIndex(Path root) {
        this(root, SearchAnalysis.SCHEMA_VERSION);
    }

    /** {@code schemaVersion} other than the current one only to test an upgrade. */
    LuceneSearchIndex(Path root, int schemaVersion) {
        this.root = root;
        this.schemaVersion = schemaVersion;
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(WORDS, wordAnalyzer);
        Analyzer whitespace = new WhitespaceAnalyzer();
        QueryShape.PINYIN_FIELDS.keySet().forEach(field -> perField.put(field, whitespace));
        perField.put(QueryShape.INITIALS, whitespace);
        this.analyzer = new PerFieldAnalyzerWrapper(textAnalyzer, perField);
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve(CURRENT);
            String name = Files.exists(pointer)
                    ? Files.readString(pointer, StandardCharsets.UTF_8).strip()
                    : null;
            if (name == null || !Files.isDirectory(root.resolve(name))) {
                name = newGenerationName();
                live = new Generation(name);
                writePointer(name);
            } else {
                live = new Generation(name);
            }
            deleteOtherGenerations(live.name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + root, e);
        }
    }

    @Override
    public String engine() {
        return "lucene";
    }

    @Override
    public void apply(List<SearchDocument> documents) {
        synchronized (writeLock) {
            live.applyVersioned(documents);
        }
    }

    @Override
    public boolean schemaOutdated() {
        return live.schemaVersion != schemaVersion;
    }

    @Override
    public SearchHits search(SearchQuery query) {
        String text = SearchAnalysis.fold(query.text());
        SearchHits hits = search(query, text, false);
        if (hits.total() < QueryShape.HOMOPHONES_BELOW && QueryShape.hasHomophones(text)) {
            hits = search(query, text, true);
        }
        return hits;
    }

    private SearchHits search(SearchQuery query, String text, boolean homophones) {
        QueryShape.Clause match = QueryShape.match(text, homophones);
        if (match == null) {
            return SearchHits.NONE;
        }
        List<Token> tokens = tokens(textAnalyzer, "title", text);
        Query full = new BooleanQuery.Builder()
                .add(lucene(match), Occur.MUST)
                .add(visibleFilter(query), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            int wanted = Math.max(QueryShape.RESCORE_WINDOW, query.offset() + query.limit());
            TopDocs top = searcher.search(
                    full, new TopScoreDocCollectorManager(wanted, null, QueryShape.TOTAL_HITS_THRESHOLD));
            ScoreDoc[] ranked = tokens.isEmpty() ? top.scoreDocs : rescore(searcher, top, tokens, text);
            ScoreDoc[] page = ranked.length <= query.offset()
                    ? new ScoreDoc[0]
                    : Arrays.copyOfRange(
                            ranked, query.offset(), Math.min(ranked.length, query.offset() + query.limit()));
            HighlightFormatter marks = new HighlightFormatter(text, homophones, query.preTag(), query.postTag());
            return new SearchHits(top.totalHits.value, hits(searcher, page, marks));
        });
    }

    @Override
    public List<Suggestion> suggest(String prefix, long now, int limit) {
        String key = SearchDocument.suggestKey(prefix);
        Query completes = SearchDocument.isShortPrefix(key)
                ? new TermQuery(new Term(SUGGEST_START, key))
                : new PrefixQuery(new Term(SUGGEST, key));
        BooleanQuery.Builder match = new BooleanQuery.Builder().add(completes, Occur.SHOULD);
        List<Token> tokens = tokens(textAnalyzer, "title", SearchAnalysis.fold(prefix));
        if (!tokens.isEmpty()) {
            match.add(phrase("title", tokens), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(match.build(), Occur.MUST)
                .add(window(now), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<Suggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(ID, "kind", "title", "tag"));
                suggestions.add(new Suggestion(
                        Long.parseLong(doc.get(ID)),
                        ContentKind.valueOf(doc.get("kind")),
                        doc.get("title"),
                        List.of(doc.getValues("tag"))));
            }
            return suggestions;
        });
    }

    @Override
    public Map<Long, Long> liveVersions() {
        return withSearcher(searcher -> {
            Map<Long, Long> versions = new HashMap<>();
            TopDocs all = searcher.search(
                    new TermQuery(new Term(LIVE, "1")),
                    Math.max(1, searcher.getIndexReader().maxDoc()));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : all.scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(ID, VERSION));
                versions.put(
                        Long.parseLong(doc.get(ID)),
                        doc.getField(VERSION).numericValue().longValue());
            }
            return versions;
        });
    }

    @Override
    public Stats stats() {
        Generation generation = live;
        long documents = withSearcher(searcher -> (long) searcher.count(new TermQuery(new Term(LIVE, "1"))));
        return new Stats(generation.name, documents, generation.sizeBytes());
    }

    @Override
    public Rebuild beginRebuild() {
        Generation fresh;
        try {
            fresh = new Generation(newGenerationName());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a new search index", e);
        }
        return new Rebuild() {
            private boolean switched;

            @Override
            public void load(List<SearchDocument> documents) {
                fresh.add(documents);
            }

            @Override
            public void apply(List<SearchDocument> documents) {
                fresh.applyVersioned(documents);
            }

            @Override
            public void switchOver() {
                synchronized (writeLock) {
                    fresh.commit();
                    Generation old = live;
                    try {
                        writePointer(fresh.name);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot switch the search index", e);
                    }
                    live = fresh;
                    switched = true;
                    old.closeAndDelete();
                }
            }

            @Override
            public void close() {
                if (!switched) {
                    fresh.closeAndDelete();
                }
            }
        };
    }

    @Override
    public void destroy() {
        live.close();
    }

    /**
     * Adds phrase and word scores to the best {@link QueryShape#RESCORE_WINDOW} hits and re-sorts them; hits
     * beyond the window keep their order, so pages stay consistent.
     */
    private ScoreDoc[] rescore(IndexSearcher searcher, TopDocs top, List<Token> tokens, String text)
            throws IOException {
        int window = Math.min(QueryShape.RESCORE_WINDOW, top.scoreDocs.length);
        TopDocs head = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, window));
        TopDocs rescored = QueryRescorer.rescore(searcher, head, boostQuery(tokens, text), 1.0, window);
        ScoreDoc[] ranked = top.scoreDocs.clone();
        System.arraycopy(rescored.scoreDocs, 0, ranked, 0, window);
        return ranked;
    }

    /** The shared match ({@link QueryShape#match}) as a Lucene query, node for node. */
    private static Query lucene(QueryShape.Clause clause) {
        if (clause instanceof QueryShape.Term t) {
            return boosted(new TermQuery(new Term(t.field(), t.term())), t.boost());
        }
        if (clause instanceof QueryShape.Prefix p) {
            return boosted(new PrefixQuery(new Term(p.field(), p.prefix())), p.boost());
        }
        if (clause instanceof QueryShape.DisMax d) {
            return new DisjunctionMaxQuery(
                    d.clauses().stream().map(LuceneSearchIndex::lucene).toList(), QueryShape.TIE_BREAKER);
        }
        QueryShape.Bool b = (QueryShape.Bool) clause;
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        b.must().forEach(must -> bool.add(lucene(must), Occur.MUST));
        b.filter().forEach(filter -> bool.add(lucene(filter), Occur.FILTER));
        b.should().forEach(should -> bool.add(lucene(should), Occur.SHOULD));
        return bool.setMinimumNumberShouldMatch(b.minimumShouldMatch()).build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1.0f ? query : new BoostQuery(query, boost);
    }

    /** What the rescore adds: the query as a phrase in the title or the other text, and its words. */
    private Query boostQuery(List<Token> tokens, String text) {
        BooleanQuery.Builder scored = new BooleanQuery.Builder();
        scored.add(new BoostQuery(phrase("title", tokens), QueryShape.TITLE_PHRASE_BOOST), Occur.SHOULD);
        scored.add(new BoostQuery(phrase(TEXT, tokens), QueryShape.TEXT_PHRASE_BOOST), Occur.SHOULD);
        List<Token> words = tokens(wordAnalyzer, WORDS, text);
        if (!words.isEmpty()) {
            BooleanQuery.Builder wordQuery = new BooleanQuery.Builder();
            words.stream()
                    .map(Token::term)
                    .distinct()
                    .forEach(word -> wordQuery.add(new TermQuery(new Term(WORDS, word)), Occur.SHOULD));
            scored.add(new BoostQuery(wordQuery.build(), QueryShape.WORDS_BOOST), Occur.SHOULD);
        }
        return scored.build();
    }

    private static Query phrase(String field, List<Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
        return phrase.build();
    }

    private static Query visibleFilter(SearchQuery q) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(window(q.now()), Occur.FILTER);
        if (q.kind() != null) {
            filter.add(new TermQuery(new Term("kind", q.kind().name())), Occur.FILTER);
        }
        if (q.language() != null) {
            filter.add(new TermQuery(new Term("language", q.language())), Occur.FILTER);
        }
        if (q.tag() != null) {
            filter.add(new TermQuery(new Term("tag", q.tag())), Occur.FILTER);
        }
        if (q.festivalCode() != null) {
            filter.add(new TermQuery(new Term("festival", q.festivalCode())), Occur.FILTER);
        }
        if (q.orgUnitIds() != null) {
            filter.add(
                    q.orgUnitIds().isEmpty()
                            ? new MatchNoDocsQuery()
                            : LongPoint.newSetQuery("orgUnitId", q.orgUnitIds()),
                    Occur.FILTER);
        }
        return filter.build();
    }

    /**
     * Live and inside [publishAt, offlineAt) at {@code now}. Nearly every document passes, so each bound is
     * checked per candidate from doc values when the text match is the rarer side.
     */
    private static Query window(long now) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LIVE, "1")), Occur.FILTER)
                .add(range("publishAt", Long.MIN_VALUE, now), Occur.FILTER)
                .add(range("offlineAt", now + 1, Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    private static Query range(String field, long from, long to) {
        return new IndexOrDocValuesQuery(
                LongPoint.newRangeQuery(field, from, to), NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    private static List<SearchHits.Hit> hits(IndexSearcher searcher, ScoreDoc[] page, HighlightFormatter marks)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHits.Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            Document doc = stored.document(hit.doc, SHOWN);
            List<String> snippetSources =
                    SearchDocument.SNIPPET_FIELDS.stream().map(doc::get).toList();
            hits.add(new SearchHits.Hit(
                    Long.parseLong(doc.get(ID)), marks.title(doc.get("title")), marks.snippet(snippetSources)));
        }
        return hits;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            Generation generation = live;
            IndexSearcher searcher;
            try {
                searcher = generation.searchers.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 2) {
                    continue;
                }
                throw new SearchUnavailableException("搜索索引正在切换", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.run(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("Search index read failed", e);
            } finally {
                try {
                    generation.searchers.release(searcher);
                } catch (IOException ignored) {
                    // Releasing only decrements a reference count.
                }
            }
        }
    }

    private static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private Document toDocument(SearchDocument original) {
        SearchDocument d = original.folded();
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new StoredField(VERSION, d.version()));
        doc.add(new NumericDocValuesField(VERSION, d.version()));
        doc.add(new StringField(LIVE, d.live() ? "1" : "0", Field.Store.NO));
        if (!d.live()) {
            return doc;
        }
        doc.add(new StringField("kind", d.kind().name(), Field.Store.YES));
        doc.add(new StringField("language", d.language(), Field.Store.NO));
        if (d.festivalCode() != null) {
            doc.add(new StringField("festival", d.festivalCode(), Field.Store.NO));
        }
        if (d.orgUnitId() != null) {
            doc.add(new LongPoint("orgUnitId", d.orgUnitId()));
        }
        doc.add(new LongPoint("publishAt", d.publishAt()));
        doc.add(new NumericDocValuesField("publishAt", d.publishAt()));
        doc.add(new LongPoint("offlineAt", d.offlineAt()));
        doc.add(new NumericDocValuesField("offlineAt", d.offlineAt()));
        for (String tag : d.tags()) {
            doc.add(new StringField("tag", tag, Field.Store.YES));
        }
        for (String tag : d.foldedTags()) {
            doc.add(new TextField("tagText", tag, Field.Store.NO));
        }
        doc.add(new Field("titlePinyin", d.titlePinyin(), TERMS_TYPE));
        for (String pinyin : d.tagPinyin()) {
            doc.add(new Field("tagPinyin", pinyin, TERMS_TYPE));
        }
        doc.add(new Field("textPinyin", d.textPinyin(), TERMS_TYPE));
        doc.add(new Field(QueryShape.INITIALS, d.initials(), TERMS_TYPE));
        for (String key : d.suggestKeys()) {
            doc.add(new StringField(SUGGEST, key, Field.Store.NO));
        }
        for (String start : d.suggestStarts()) {
            doc.add(new StringField(SUGGEST_START, start, Field.Store.NO));
        }
        // Indexed folded, stored as written: titles and snippets show what the editor wrote.
        doc.add(new TextField("title", d.title(), Field.Store.NO));
        doc.add(new StoredField("title", original.title()));
        doc.add(new TextField(TEXT, d.text(), Field.Store.NO));
        Map<String, String> snippetSources = new LinkedHashMap<>();
        snippetSources.put("summary", original.summary());
        snippetSources.put("quote", original.quote());
        snippetSources.put("body", original.body());
        snippetSources.put("transcript", original.transcript());
        snippetSources.forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                doc.add(new StoredField(field, value));
            }
        });
        doc.add(new TextField(WORDS, d.wordText(), Field.Store.NO));
        return doc;
    }

    private String newGenerationName() {
        String name = "index-" + System.currentTimeMillis();
        while (Files.exists(root.resolve(name))) {
            name = name + "a";
        }
        return name;
    }

    private void writePointer(String name) throws IOException {
        Path temporary = root.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, name, StandardCharsets.UTF_8);
        Files.move(
                temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void deleteOtherGenerations(String keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                if (!child.getFileName().toString().equals(keep)) {
                    FileSystemUtils.deleteRecursively(child);
                }
            }
        }
    }

    private record Token(String term, int position) {}

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** One build of the index: its folder, writer and near-real-time searchers. */
    private final class Generation {
        private final String name;
        private final FSDirectory directory;
        private final IndexWriter writer;
        private final SearcherManager searchers;
        /** The schema it was built with: that of its first commit, or the current one for a new build. */
        private final int schemaVersion;

        Generation(String name) throws IOException {
            this.name = name;
            this.directory = FSDirectory.open(root.resolve(name));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            Map<String, String> committed = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
            }
            boolean fresh = writer.getDocStats().maxDoc == 0 && !committed.containsKey(SCHEMA);
            this.schemaVersion = fresh
                    ? LuceneSearchIndex.this.schemaVersion
                    : Integer.parseInt(committed.getOrDefault(SCHEMA, "1"));
            this.writer.setLiveCommitData(
                    Map.of(SCHEMA, Integer.toString(schemaVersion)).entrySet());
            this.writer.commit();
            this.searchers = new SearcherManager(writer, null);
        }

        /** Adds documents known to be new (a rebuild reads each item once). */
        void add(List<SearchDocument> documents) {
            try {
                for (SearchDocument document : documents) {
                    writer.addDocument(toDocument(document));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Search index write failed", e);
            }
        }

        /**
         * Writes each document unless the index already holds a newer version of it; committed before
         * returning, so a write the outbox counts as done survives a crash.
         */
        synchronized void applyVersioned(List<SearchDocument> documents) {
            Map<Long, SearchDocument> newest = new LinkedHashMap<>();
            for (SearchDocument document : documents) {
                newest.merge(document.id(), document, (a, b) -> a.version() >= b.version() ? a : b);
            }
            try {
                searchers.maybeRefreshBlocking();
                IndexSearcher searcher = searchers.acquire();
                try {
                    StoredFields stored = searcher.storedFields();
                    for (SearchDocument document : newest.values()) {
                        TopDocs existing =
                                searcher.search(new TermQuery(new Term(ID, Long.toString(document.id()))), 1);
                        if (existing.scoreDocs.length > 0) {
                            long version = stored.document(existing.scoreDocs[0].doc, Set.of(VERSION))
                                    .getField(VERSION)
                                    .numericValue()
                                    .longValue();
                            if (version > document.version()) {
                                continue;
                            }
                        }
                        writer.updateDocument(new Term(ID, Long.toString(document.id())), toDocument(document));
                    }
                } finally {
                    searchers.release(searcher);
                }
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("Search index write failed", e);
            }
        }

        void commit() {
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("Search index commit failed", e);
            }
        }

        long sizeBytes() {
            try (Stream<Path> files = Files.list(root.resolve(name))) {
                return files.mapToLong(file -> file.toFile().length()).sum();
            } catch (IOException e) {
                return 0;
            }
        }

        void close() {
            try {
                searchers.close();
                writer.close();
                directory.close();
            } catch (IOException | AlreadyClosedException e) {
                throw new IllegalStateException("Cannot close search index " + name, e);
            }
        }

        void closeAndDelete() {
            close();
            FileSystemUtils.deleteRecursively(root.resolve(name).toFile());
        }
    }
}
