package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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
    private final Clock clock;

    public PublishedContent(ContentMapper mapper, ContentService contents, OrgUnitService units, Clock clock) {
        this.mapper = mapper;
        this.contents = contents;
        this.units = units;
        this.clock = clock;
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

    public List<PublicContentCard> featured(int limit) {
        LambdaQueryWrapper<Content> where = visible(LocalDateTime.now(clock))
                .eq(Content::getFeatured, true)
                .orderByDesc(Content::getPublishedAt)
                .orderByDesc(Content::getId);
        return cards(mapper.selectPage(Page.of(1, limit, false), where).getRecords());
    }

    public List<PublicContentCard> latest(PublicQuery query, int limit) {
        return list(query, null, limit).items();
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
        Map<Long, OrgUnit> byId = units.byId();
        OrgUnit owner = c.getOwnerUnitId() == null ? null : byId.get(c.getOwnerUnitId());
        List<String> tags = contents.tagsOf(List.of(id)).getOrDefault(id, List.of());
        return new PublicContentDetail(
                c.getId(),
                c.getKind(),
                c.getKind().label(),
                c.getTitle(),
                c.getSummary(),
                c.getBody(),
                MediaLinks.url(c.getCoverKey()),
                c.getLanguage(),
                c.getColumnName(),
                c.getOrgUnitId(),
                byId.get(c.getOrgUnitId()).getName(),
                tags,
                Boolean.TRUE.equals(c.getFeatured()),
                c.getPublishedAt(),
                MediaLinks.url(c.getMediaKey()),
                c.getDurationSeconds(),
                c.getTranscript(),
                c.getTheme(),
                MediaLinks.url(c.getImageKey()),
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
                MediaLinks.urls(contents.galleryOf(c)),
                c.getProjectYear(),
                c.getOrigin() == null ? null : c.getOrigin().label());
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
        Map<Long, List<String>> tags =
                contents.tagsOf(rows.stream().map(Content::getId).toList());
        Map<Long, OrgUnit> byId = units.byId();
        return rows.stream()
                .map(c -> new PublicContentCard(
                        c.getId(),
                        c.getKind(),
                        c.getTitle(),
                        c.getSummary(),
                        MediaLinks.url(c.getCoverKey() != null ? c.getCoverKey() : c.getImageKey()),
                        c.getLanguage(),
                        c.getColumnName(),
                        byId.get(c.getOrgUnitId()).getName(),
                        tags.getOrDefault(c.getId(), List.of()),
                        Boolean.TRUE.equals(c.getFeatured()),
                        c.getPublishedAt(),
                        c.getDurationSeconds(),
                        c.getQuote(),
                        c.getFestivalCode(),
                        c.getActivityTime(),
                        MediaLinks.listThumbnailUrl(cardImage(c))))
                .toList();
    }

    private String cardImage(Content c) {
        if (c.getCoverKey() != null) {
            return c.getCoverKey();
        }
        if (c.getImageKey() != null) {
            return c.getImageKey();
        }
        List<String> gallery = contents.galleryOf(c);
        return gallery.isEmpty() ? null : gallery.get(0);
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
