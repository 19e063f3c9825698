package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.paging.CursorPage;
import org.wenming.common.paging.PageResult;
import org.wenming.media.MediaLinks;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/**
 * What residents may see: PUBLISHED items inside their publish window, nothing else, ever. Every public
 * read goes through {@link #visible(LocalDateTime)}, or in a mapper's own SQL through {@link VisibleContentSql}.
 * Nothing here is cached: the mini program's home, list and detail are cached once, as their JSON bytes, by
 * {@link MiniContentController}.
 */
@Service
public class PublishedContent {

    /** {@link VisibleContentSql#VISIBLE} with the wrapper's placeholder for the moment. */
    private static final String VISIBLE_AT_PARAMETER = VisibleContentSql.VISIBLE.replace("#{now}", "{0}");

    private final ContentMapper mapper;
    private final ContentService contents;
    private final OrgUnitService units;
    private final PublicLinks links;
    private final PublicBodyHtml bodies;
    private final Clock clock;

    public PublishedContent(
            ContentMapper mapper,
            ContentService contents,
            OrgUnitService units,
            PublicLinks links,
            PublicBodyHtml bodies,
            Clock clock) {
        this.mapper = mapper;
        this.contents = contents;
        this.units = units;
        this.links = links;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The base URL every URL of the current read starts with (see {@link PublicLinks}). */
    public String publicBaseUrl() {
        return links.base();
    }

    /** Newest first; the cursor is the last card's publication time and id. */
    public CursorPage<PublicContentCard> list(PublicQuery query, String cursor, int size) {
        LambdaQueryWrapper<Content> where = visible(LocalDateTime.now(clock));
        applyFilters(where, query);
        if (StringUtils.hasText(cursor)) {
            Cursor after = Cursor.decode(cursor);
            where.and(w -> w.lt(Content::getPublishedAt, after.publishedAt())
                    .or(x -> x.eq(Content::getPublishedAt, after.publishedAt()).lt(Content::getId, after.id())));
        }
        where.orderByDesc(Content::getPublishedAt).orderByDesc(Content::getId);
        List<Content> rows =
                mapper.selectPage(Page.of(1, size + 1L, false), where).getRecords();
        boolean more = rows.size() > size;
        List<Content> page = more ? rows.subList(0, size) : rows;
        String next = more ? Cursor.of(page.get(page.size() - 1)).encode() : null;
        return new CursorPage<>(cards(page), next);
    }

    /** Featured items, in one language when {@code language} is given. */
    public List<PublicContentCard> featured(int limit, String language) {
        LambdaQueryWrapper<Content> where = visible(LocalDateTime.now(clock))
                .eq(Content::getFeatured, true)
                .eq(StringUtils.hasText(language), Content::getLanguage, language)
                .orderByDesc(Content::getPublishedAt)
                .orderByDesc(Content::getId);
        return cards(mapper.selectPage(Page.of(1, limit, false), where).getRecords());
    }

    public List<PublicContentCard> latest(PublicQuery query, int limit) {
        return list(query, null, limit).items();
    }

    /** How many visible items each festival has, by festival code; festivals without items are absent. */
    public Map<String, Long> festivalItemCounts() {
        QueryWrapper<Content> where = new QueryWrapper<Content>()
                .select("festival_code AS code", "COUNT(*) AS n")
                .apply(VISIBLE_AT_PARAMETER, LocalDateTime.now(clock))
                .isNotNull("festival_code")
                .groupBy("festival_code");
        return mapper.selectMaps(where).stream()
                .collect(Collectors.toMap(
                        row -> String.valueOf(value(row, "code")), row -> ((Number) value(row, "n")).longValue()));
    }

    /** A column of a grouped row, whatever case the database gives its label. */
    private static Object value(Map<String, Object> row, String label) {
        return row.containsKey(label) ? row.get(label) : row.get(label.toUpperCase());
    }

    /** The generated cover of a column or festival without an image of its own. */
    public PublicImage fallbackCover(String base, String name) {
        return links.fallbackCover(base, name);
    }

    /** The cover a festival shows: its newest item's image, or the festival's generated cover. */
    public PublicImage festivalCover(String festivalCode, String festivalName) {
        String base = links.base();
        return latest(new PublicQuery(null, null, null, null, null, festivalCode), 1).stream()
                .filter(card -> card.coverUrl() != null)
                .findFirst()
                .map(card -> new PublicImage(card.coverUrl(), card.coverWidth(), card.coverHeight()))
                .orElseGet(() -> links.fallbackCover(base, festivalName));
    }

    /** Fails with CONTENT_NOT_FOUND unless the item is visible now; one query, for callers that need no detail. */
    public void requireVisible(long id) {
        if (!mapper.exists(visible(LocalDateTime.now(clock)).eq(Content::getId, id))) {
            throw new ApiException(ErrorCode.CONTENT_NOT_FOUND);
        }
    }

    /**
     * Cards of the given items that are visible now, in the given order; items no longer visible are left
     * out, so a search index that lags behind the database never shows residents what they may not see.
     */
    public List<PublicContentCard> visibleCards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Content> byId = mapper
                .selectList(visible(LocalDateTime.now(clock)).in(Content::getId, ids))
                .stream()
                .collect(Collectors.toMap(Content::getId, Function.identity()));
        return cards(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /**
     * Plain substring search over visible items, newest first: the answer when the search engine is down.
     * {@code text} is matched literally (LIKE wildcards in it are escaped).
     */
    public PageResult<PublicContentCard> findByText(String text, PublicQuery query, int page, int size) {
        String pattern = containing(text);
        LambdaQueryWrapper<Content> where = visible(LocalDateTime.now(clock));
        applyFilters(where, query);
        where.apply(
                        "(title LIKE {0} OR summary LIKE {0} OR quote LIKE {0} OR transcript LIKE {0} OR body LIKE {0})",
                        pattern)
                .orderByDesc(Content::getPublishedAt)
                .orderByDesc(Content::getId);
        return PageResult.of(mapper.selectPage(Page.of(page, size), where), this::cards);
    }

    /**
     * What a broadcast station may be scheduled to play: visible audio with a file, from any unit (it is
     * public anyway), whose title contains the text (all of it when blank), newest first.
     */
    public List<PublicContentCard> playableAudio(String titleText, int limit) {
        LambdaQueryWrapper<Content> where = visible(LocalDateTime.now(clock))
                .eq(Content::getKind, ContentKind.AUDIO)
                .isNotNull(Content::getMediaKey);
        if (StringUtils.hasText(titleText)) {
            where.apply("title LIKE {0}", containing(titleText.strip()));
        }
        where.orderByDesc(Content::getPublishedAt).orderByDesc(Content::getId);
        return cards(mapper.selectPage(Page.of(1, limit, false), where).getRecords());
    }

    /** A LIKE pattern matching the text literally anywhere (its wildcards escaped). */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Whether an item belongs in the public index at all (the Java form of {@link VisibleContentSql#PUBLISHED});
     * its window is checked at read time.
     */
    public static boolean isPublished(Content content) {
        return content.getStatus() == ContentStatus.PUBLISHED
                && (content.getDeleted() == null || content.getDeleted() == 0);
    }

    public PublicContentDetail detail(long id) {
        Content c = mapper.selectOne(visible(LocalDateTime.now(clock)).eq(Content::getId, id));
        if (c == null) {
            throw new ApiException(ErrorCode.CONTENT_NOT_FOUND);
        }
        String base = links.base();
        Map<Long, OrgUnit> byId = units.byId();
        OrgUnit owner = c.getOwnerUnitId() == null ? null : byId.get(c.getOwnerUnitId());
        List<String> tags = contents.tagsOf(List.of(id)).getOrDefault(id, List.of());
        PublicImage cover = c.getCoverKey() != null || c.getKind() != ContentKind.AUDIO
                ? links.image(base, c.getCoverKey())
                : links.fallbackCover(base, fallbackName(c));
        PublicImage image = links.image(base, c.getImageKey());
        PublicImage thumbnail = thumbnail(c, base);
        List<PublicImage> gallery = contents.galleryOf(c).stream()
                .map(key -> links.image(base, key))
                .toList();
        Audio audio = audio(c, base);
        return new PublicContentDetail(
                c.getId(),
                c.getKind(),
                c.getKind().label(),
                c.getTitle(),
                c.getSummary(),
                bodies.forResidents(c.getBody(), base),
                urlOf(cover),
                c.getLanguage(),
                c.getColumnName(),
                c.getOrgUnitId(),
                byId.get(c.getOrgUnitId()).getName(),
                tags,
                Boolean.TRUE.equals(c.getFeatured()),
                c.getPublishedAt(),
                audio.url(),
                c.getDurationSeconds(),
                c.getTranscript(),
                c.getTheme(),
                urlOf(image),
                c.getQuote(),
                c.getQuoteSource(),
                c.getInterpretation(),
                c.getFestivalCode(),
                c.getActivityTime(),
                c.getActivityPlace(),
                owner == null ? null : owner.getName(),
                c.getVolunteerTeam(),
                c.getActivityCount(),
                c.getServedCount(),
                gallery.stream().map(PublicImage::url).toList(),
                c.getProjectYear(),
                c.getOrigin() == null ? null : c.getOrigin().label(),
                widthOf(cover),
                heightOf(cover),
                widthOf(image),
                heightOf(image),
                gallery,
                urlOf(thumbnail),
                widthOf(thumbnail),
                heightOf(thumbnail),
                audio.sizeBytes(),
                audio.bitrateKbps(),
                audio.contentType());
    }

    /** The visible audio items among these ids that have an audio file; others are left out. */
    public Map<Long, PlayableAudio> playable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        LambdaQueryWrapper<Content> where = visible(LocalDateTime.now(clock))
                .eq(Content::getKind, ContentKind.AUDIO)
                .isNotNull(Content::getMediaKey)
                .in(Content::getId, ids);
        return mapper.selectList(where).stream()
                .collect(Collectors.toMap(
                        Content::getId,
                        c -> new PlayableAudio(
                                c.getId(), c.getTitle(), c.getMediaKey(), c.getDurationSeconds(), c.getOfflineAt())));
    }

    /** The visibility rule itself (published, not deleted, and now inside [publishAt, offlineAt)) as a wrapper. */
    static LambdaQueryWrapper<Content> visible(LocalDateTime now) {
        return new LambdaQueryWrapper<Content>().apply(VISIBLE_AT_PARAMETER, now);
    }

    private void applyFilters(LambdaQueryWrapper<Content> where, PublicQuery q) {
        where.eq(q.kind() != null, Content::getKind, q.kind())
                .eq(StringUtils.hasText(q.column()), Content::getColumnName, q.column())
                .eq(StringUtils.hasText(q.language()), Content::getLanguage, q.language())
                .eq(StringUtils.hasText(q.festivalCode()), Content::getFestivalCode, q.festivalCode())
                .apply(
                        StringUtils.hasText(q.tag()),
                        "id IN (SELECT content_id FROM content_tag WHERE tag = {0})",
                        q.tag());
        if (q.orgUnitId() != null) {
            String path = units.get(q.orgUnitId()).getPath();
            List<Long> subtree = units.all().stream()
                    .filter(u -> u.getPath().startsWith(path))
                    .map(OrgUnit::getId)
                    .toList();
            where.in(Content::getOrgUnitId, subtree);
        }
    }

    private List<PublicContentCard> cards(List<Content> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String base = links.base();
        Map<Long, List<String>> tags =
                contents.tagsOf(rows.stream().map(Content::getId).toList());
        Map<Long, OrgUnit> byId = units.byId();
        return rows.stream()
                .map(c -> card(c, base, byId, tags.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    private PublicContentCard card(Content c, String base, Map<Long, OrgUnit> byId, List<String> tags) {
        PublicImage cover = cover(c, base);
        PublicImage thumbnail = thumbnail(c, base);
        Audio audio = audio(c, base);
        return new PublicContentCard(
                c.getId(),
                c.getKind(),
                c.getTitle(),
                c.getSummary(),
                urlOf(cover),
                c.getLanguage(),
                c.getColumnName(),
                byId.get(c.getOrgUnitId()).getName(),
                tags,
                Boolean.TRUE.equals(c.getFeatured()),
                c.getPublishedAt(),
                c.getDurationSeconds(),
                c.getQuote(),
                c.getFestivalCode(),
                c.getActivityTime(),
                urlOf(thumbnail),
                widthOf(cover),
                heightOf(cover),
                widthOf(thumbnail),
                heightOf(thumbnail),
                audio.url(),
                audio.sizeBytes(),
                audio.bitrateKbps(),
                audio.contentType());
    }

    /**
     * The cover, else the poster image; audio without either shows its column's generated cover, so a
     * player card always has a picture.
     */
    private PublicImage cover(Content c, String base) {
        String key = c.getCoverKey() != null ? c.getCoverKey() : c.getImageKey();
        if (key != null) {
            return links.image(base, key);
        }
        return c.getKind() == ContentKind.AUDIO ? links.fallbackCover(base, fallbackName(c)) : null;
    }

    /** A small JPEG of the cover, poster image or first gallery image; audio falls back like its cover. */
    private PublicImage thumbnail(Content c, String base) {
        String key = contents.listImage(c);
        if (key != null) {
            return links.thumbnail(base, key);
        }
        return c.getKind() == ContentKind.AUDIO ? links.fallbackCover(base, fallbackName(c)) : null;
    }

    private static String fallbackName(Content c) {
        return StringUtils.hasText(c.getColumnName())
                ? c.getColumnName()
                : c.getKind().label();
    }

    private Audio audio(Content c, String base) {
        if (c.getMediaKey() == null) {
            return Audio.NONE;
        }
        String url = links.absolute(base, MediaLinks.url(c.getMediaKey()));
        return links.info(c.getMediaKey())
                .map(i -> new Audio(url, i.sizeBytes(), i.bitrateKbps(), i.contentType()))
                .orElse(new Audio(url, null, null, null));
    }

    private static String urlOf(PublicImage image) {
        return image == null ? null : image.url();
    }

    private static Integer widthOf(PublicImage image) {
        return image == null ? null : image.width();
    }

    private static Integer heightOf(PublicImage image) {
        return image == null ? null : image.height();
    }

    /** An item's audio file as a player needs it; all null for items without one. */
    private record Audio(String url, Long sizeBytes, Integer bitrateKbps, String contentType) {
        static final Audio NONE = new Audio(null, null, null, null);
    }

    /** Position in the newest-first order; opaque to clients. */
    record Cursor(LocalDateTime publishedAt, long id) {

        static Cursor of(Content c) {
            return new Cursor(c.getPublishedAt(), c.getId());
        }

        String encode() {
            String raw = publishedAt.toInstant(ZoneOffset.UTC).toEpochMilli() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = raw.split(":", 2);
                LocalDateTime at =
                        LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(parts[0])), ZoneOffset.UTC);
                return new Cursor(at, Long.parseLong(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new ApiException(ErrorCode.INVALID_CURSOR);
            }
        }
    }
}
