package org.wenming.search;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.content.ContentKind;
import org.wenming.content.PublicContentCard;
import org.wenming.content.PublicQuery;
import org.wenming.content.PublishedContent;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/**
 * What residents search through. The engine ranks and highlights; the database then loads the cards under
 * the visibility rule, so a result is shown only if it is visible now. When the engine is unavailable the
 * answer comes from a plain database search, flagged as degraded, and the engine is left alone for
 * {@code engine-retry-after} so a dead engine does not slow every search down.
 */
@Service
class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    private static final int SUGGESTIONS = 10;
    private static final int SUGGEST_CANDIDATES = 50;
    private static final int MAX_SUGGEST_LENGTH = 30;
    private static final int MAX_HOT_QUERY_LENGTH = 30;
    static final String DEGRADED_NOTICE = "搜索服务暂时不可用，当前为简易搜索结果，排序和高亮可能不完整";

    private final SearchIndex index;
    private final PublishedContent published;
    private final OrgUnitService units;
    private final HotSearches hot;
    private final SearchProperties properties;
    private final Clock clock;
    private volatile long engineRetryAt;

    public SearchService(
            SearchIndex index,
            PublishedContent published,
            OrgUnitService units,
            HotSearches hot,
            SearchProperties properties,
            Clock clock) {
        this.index = index;
        this.published = published;
        this.units = units;
        this.hot = hot;
        this.properties = properties;
        this.clock = clock;
        this.engineRetryAt = System.nanoTime();
    }

    /** {@code visitor} identifies who searched (a resident or an address) for counting hot searches. */
    public SearchResults search(
            String rawText,
            ContentKind kind,
            Long orgUnitId,
            String language,
            String tag,
            String festival,
            int page,
            int size,
            String visitor) {
        String text = normalize(rawText, properties.maxQueryLength());
        if (text.isEmpty()) {
            throw new ApiException(ErrorCode.MISSING_PARAMETER, "请输入搜索关键词");
        }
        PageLimits.checkPage(page);
        PageLimits.checkSize(size, properties.maxPageSize());
        if ((long) page * size > properties.maxResults()) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "最多只能查看前 " + properties.maxResults() + " 条结果");
        }
        List<Long> subtree = orgUnitId == null ? null : subtree(orgUnitId);
        SearchResults results = engineAvailable()
                ? searchEngine(
                        text, kind, subtree, blankToNull(language), blankToNull(tag), blankToNull(festival), page, size)
                : null;
        if (results == null) {
            PageResult<PublicContentCard> found = published.findByText(
                    text,
                    new PublicQuery(
                            kind, blankToNull(tag), null, orgUnitId, blankToNull(language), blankToNull(festival)),
                    page,
                    size);
            results = new SearchResults(
                    found.items().stream()
                            .map(card -> new SearchResults.Item(
                                    card,
                                    markLiterally(card.title(), text),
                                    card.summary() == null ? null : markLiterally(card.summary(), text)))
                            .toList(),
                    found.total(),
                    page,
                    size,
                    true,
                    DEGRADED_NOTICE);
        }
        if (results.total() > 0 && text.length() <= MAX_HOT_QUERY_LENGTH) {
            hot.record(text, visitor);
        }
        return results;
    }

    public SearchResults.Suggestions suggest(String rawPrefix) {
        String prefix = normalize(rawPrefix, MAX_SUGGEST_LENGTH);
        if (prefix.isEmpty()) {
            return new SearchResults.Suggestions(List.of(), false);
        }
        if (engineAvailable()) {
            try {
                List<SearchIndex.Suggestion> found = index.suggest(prefix, now(), SUGGEST_CANDIDATES);
                return new SearchResults.Suggestions(rank(prefix, found), false);
            } catch (SearchUnavailableException e) {
                engineFailed(e);
            }
        }
        List<SearchResults.Suggestion> titles = published
                .findByText(prefix, new PublicQuery(null, null, null, null, null, null), 1, SUGGESTIONS)
                .items()
                .stream()
                .map(card -> new SearchResults.Suggestion(
                        card.title(), SearchResults.Suggestion.Type.TITLE, card.id(), card.kind()))
                .toList();
        return new SearchResults.Suggestions(titles, true);
    }

    public List<HotSearches.HotQuery> hot(int limit) {
        PageLimits.checkSize(limit, properties.maxPageSize());
        return hot.top(limit);
    }

    /** Trims, folds runs of whitespace and control characters into one space and cuts to {@code max} characters. */
    static String normalize(String raw, int max) {
        if (raw == null) {
            return "";
        }
        String text = raw.replaceAll("[\\p{Cntrl}\\s\\u3000]+", " ").strip();
        if (text.codePointCount(0, text.length()) > max) {
            text = text.substring(0, text.offsetByCodePoints(0, max)).strip();
        }
        return text;
    }

    private SearchResults searchEngine(
            String text,
            ContentKind kind,
            List<Long> subtree,
            String language,
            String tag,
            String festival,
            int page,
            int size) {
        SearchQuery query = new SearchQuery(
                text,
                kind,
                language,
                tag,
                festival,
                subtree,
                now(),
                (page - 1) * size,
                size,
                properties.highlightPreTag(),
                properties.highlightPostTag());
        SearchHits hits;
        try {
            hits = index.search(query);
        } catch (SearchUnavailableException e) {
            engineFailed(e);
            return null;
        }
        Map<Long, SearchHits.Hit> byId = hits.hits().stream()
                .collect(Collectors.toMap(SearchHits.Hit::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<SearchResults.Item> items = published.visibleCards(new ArrayList<>(byId.keySet())).stream()
                .map(card -> new SearchResults.Item(
                        card, byId.get(card.id()).title(), byId.get(card.id()).snippet()))
                .toList();
        long total = hits.total() - (hits.hits().size() - items.size());
        return new SearchResults(items, Math.max(total, items.size()), page, size, false, null);
    }

    /**
     * Suggestions ranked: tags and titles that start with the prefix (as typed, in full pinyin or in
     * initials) before titles that merely contain it, more frequent before rarer, shorter before longer.
     */
    private static List<SearchResults.Suggestion> rank(String prefix, List<SearchIndex.Suggestion> found) {
        String key = SearchDocument.suggestKey(prefix);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, SearchResults.Suggestion> offered = new LinkedHashMap<>();
        for (SearchIndex.Suggestion suggestion : found) {
            for (String tag : suggestion.tags()) {
                if (startsWith(tag, key) && !isTitle(offered.get(tag))) {
                    counts.merge(tag, 1, Integer::sum);
                    offered.putIfAbsent(
                            tag, new SearchResults.Suggestion(tag, SearchResults.Suggestion.Type.TAG, null, null));
                }
            }
            String title = suggestion.title();
            if (title != null
                    && (startsWith(title, key)
                            || SearchDocument.suggestKey(title).contains(key))) {
                counts.merge(title, 1, Integer::sum);
                if (!isTitle(offered.get(title))) {
                    offered.put(
                            title,
                            new SearchResults.Suggestion(
                                    title, SearchResults.Suggestion.Type.TITLE, suggestion.id(), suggestion.kind()));
                }
            }
        }
        Comparator<String> order = Comparator.<String, Boolean>comparing(s -> !startsWith(s, key))
                .thenComparing(s -> -counts.get(s))
                .thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder());
        return counts.keySet().stream()
                .sorted(order)
                .limit(SUGGESTIONS)
                .map(offered::get)
                .toList();
    }

    private static boolean isTitle(SearchResults.Suggestion suggestion) {
        return suggestion != null && suggestion.type() == SearchResults.Suggestion.Type.TITLE;
    }

    /** The forms a prefix may be typed in: the text itself, its full pinyin, its initials. */
    private static boolean startsWith(String text, String key) {
        String folded = SearchAnalysis.fold(text);
        return SearchDocument.suggestKey(text).startsWith(key)
                || SearchAnalysis.pinyinKey(folded).startsWith(key)
                || SearchAnalysis.initialsKey(folded).startsWith(key);
    }

    private List<Long> subtree(long orgUnitId) {
        String path = units.get(orgUnitId).getPath();
        return units.all().stream()
                .filter(u -> u.getPath().startsWith(path))
                .map(OrgUnit::getId)
                .toList();
    }

    /** Marks literal occurrences in the fallback, HTML-escaped like the engines' highlights. */
    private String markLiterally(String text, String query) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int found = text.indexOf(query);
        while (found >= 0) {
            HighlightFormatter.escape(text, at, found, out);
            out.append(properties.highlightPreTag());
            HighlightFormatter.escape(text, found, found + query.length(), out);
            out.append(properties.highlightPostTag());
            at = found + query.length();
            found = text.indexOf(query, at);
        }
        HighlightFormatter.escape(text, at, text.length(), out);
        return out.toString();
    }

    private boolean engineAvailable() {
        return System.nanoTime() - engineRetryAt >= 0;
    }

    private void engineFailed(SearchUnavailableException e) {
        log.warn("Search engine unavailable, answering from the database: {}", e.getMessage());
        engineRetryAt = System.nanoTime() + properties.engineRetryAfter().toNanos();
    }

    private long now() {
        return SearchDocument.millis(LocalDateTime.now(clock));
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
