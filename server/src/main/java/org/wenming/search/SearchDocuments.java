package org.wenming.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.wenming.content.Content;
import org.wenming.content.ContentService;
import org.wenming.content.PublishedContent;
import org.wenming.festival.Festival;
import org.wenming.festival.FestivalService;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/** Turns content rows into what the index holds: searchable text of published items, tombstones of the rest. */
@Component
class SearchDocuments {

    private final SearchContentMapper contents;
    private final ContentService contentService;
    private final OrgUnitService units;
    private final FestivalService festivals;

    public SearchDocuments(
            SearchContentMapper contents,
            ContentService contentService,
            OrgUnitService units,
            FestivalService festivals) {
        this.contents = contents;
        this.contentService = contentService;
        this.units = units;
        this.festivals = festivals;
    }

    /** The current state of each item, read now: a document if it is published, otherwise a tombstone. */
    public List<SearchDocument> current(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Content> rows = contents.findAnyByIds(ids);
        List<SearchDocument> documents = new ArrayList<>(of(rows));
        Set<Long> found = rows.stream().map(Content::getId).collect(Collectors.toSet());
        ids.stream()
                .filter(id -> !found.contains(id))
                .forEach(id -> documents.add(SearchDocument.tombstone(id, Integer.MAX_VALUE)));
        return documents;
    }

    /**
     * Documents of these rows. A deleted row's version is not raised by the deletion, so its tombstone
     * carries version + 1 to outrank the last copy of the item.
     */
    public List<SearchDocument> of(List<Content> rows) {
        List<Long> published = rows.stream()
                .filter(PublishedContent::isPublished)
                .map(Content::getId)
                .toList();
        Map<Long, List<String>> tags = contentService.tagsOf(published);
        Map<Long, OrgUnit> unitsById = units.byId();
        Map<String, String> festivalNames = festivals.definitions().stream()
                .collect(Collectors.toMap(Festival::getCode, Festival::getName, (a, b) -> a));
        return rows.stream()
                .map(row -> {
                    if (!PublishedContent.isPublished(row)) {
                        boolean deleted = row.getDeleted() != null && row.getDeleted() != 0;
                        return SearchDocument.tombstone(row.getId(), row.getVersion() + (deleted ? 1L : 0L));
                    }
                    return document(row, tags.getOrDefault(row.getId(), List.of()), unitsById, festivalNames);
                })
                .toList();
    }

    private static SearchDocument document(
            Content c, List<String> tags, Map<Long, OrgUnit> unitsById, Map<String, String> festivalNames) {
        Function<Long, String> unitName = id -> id == null || !unitsById.containsKey(id)
                ? null
                : unitsById.get(id).getName();
        String names = joined(
                " ",
                Stream.of(
                        unitName.apply(c.getOrgUnitId()),
                        unitName.apply(c.getOwnerUnitId()),
                        c.getFestivalCode() == null ? null : festivalNames.get(c.getFestivalCode()),
                        c.getColumnName(),
                        c.getTheme(),
                        c.getVolunteerTeam(),
                        c.getActivityPlace(),
                        c.getQuoteSource()));
        String body = joined(
                "\n",
                Stream.of(c.getBody() == null ? null : Jsoup.parse(c.getBody()).text(), c.getInterpretation()));
        long publishAt = c.getPublishAt() == null ? Long.MIN_VALUE : SearchDocument.millis(c.getPublishAt());
        return new SearchDocument(
                c.getId(),
                c.getVersion(),
                true,
                c.getKind(),
                c.getLanguage(),
                c.getOrgUnitId(),
                c.getFestivalCode(),
                tags,
                c.getTitle(),
                c.getSummary(),
                c.getQuote(),
                body,
                c.getTranscript(),
                names,
                publishAt,
                c.getOfflineAt() == null ? Long.MAX_VALUE : SearchDocument.millis(c.getOfflineAt()));
    }

    private static String joined(String separator, Stream<String> parts) {
        String joined = parts.filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
