package org.wenming.miniapp.action;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.paging.CursorPage;
import org.wenming.content.ContentKind;
import org.wenming.content.PublicContentCard;
import org.wenming.content.PublicContentDetail;
import org.wenming.content.PublishedContent;
import org.wenming.miniapp.auth.ResidentPrincipal;
import org.wenming.miniapp.limit.RateLimits;

/**
 * Favourites, likes, listening history and views. Every action is idempotent (a second favourite changes
 * nothing, removing an absent one neither) and applies only to items residents can currently see; the counter
 * moves in the same transaction as the row, so counts never drift from the rows.
 */
@Service
class ActionService {

    public static final int MAX_STATS_IDS = 50;

    private final ActionMappers.FavouriteMapper favourites;
    private final ActionMappers.LikeMapper likes;
    private final ActionMappers.ListeningMapper listening;
    private final ActionMappers.HistoryMapper history;
    private final ActionMappers.ContentStatMapper stats;
    private final ViewCounter views;
    private final PublishedContent published;
    private final RateLimits limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ActionService(
            ActionMappers.FavouriteMapper favourites,
            ActionMappers.LikeMapper likes,
            ActionMappers.ListeningMapper listening,
            ActionMappers.HistoryMapper history,
            ActionMappers.ContentStatMapper stats,
            ViewCounter views,
            PublishedContent published,
            RateLimits limits,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.favourites = favourites;
        this.likes = likes;
        this.listening = listening;
        this.history = history;
        this.stats = stats;
        this.views = views;
        this.published = published;
        this.limits = limits;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public ContentStats favourite(ResidentPrincipal resident, long contentId, boolean on) {
        act(resident, contentId);
        if (on) {
            insertOnce(() -> {
                Favourite row = new Favourite();
                row.setResidentId(resident.id());
                row.setContentId(contentId);
                row.setCreatedAt(LocalDateTime.now(clock));
                favourites.insert(row);
                stats.add(contentId, 1, 0, 0);
            });
        } else {
            transactions.executeWithoutResult(tx -> {
                if (favourites.remove(resident.id(), contentId) > 0) {
                    stats.add(contentId, -1, 0, 0);
                }
            });
        }
        return stats(List.of(contentId), resident).get(0);
    }

    public ContentStats like(ResidentPrincipal resident, long contentId, boolean on) {
        act(resident, contentId);
        if (on) {
            insertOnce(() -> {
                likes.insert(resident.id(), contentId, LocalDateTime.now(clock));
                stats.add(contentId, 0, 1, 0);
            });
        } else {
            transactions.executeWithoutResult(tx -> {
                if (likes.remove(resident.id(), contentId) > 0) {
                    stats.add(contentId, 0, -1, 0);
                }
            });
        }
        return stats(List.of(contentId), resident).get(0);
    }

    /**
     * Counts a view (once per resident and item within the dedupe window) and puts the item on top of the
     * resident's history; answers whether the view counted.
     */
    public boolean view(ResidentPrincipal resident, long contentId) {
        act(resident, contentId);
        history.opened(resident.id(), contentId, LocalDateTime.now(clock));
        return views.record(contentId, resident.id());
    }

    /** Remembers where the resident stopped an audio item, so any device resumes there. */
    public ContentStats progress(ResidentPrincipal resident, long contentId, int positionSeconds, boolean completed) {
        PublicContentDetail content = act(resident, contentId);
        if (content.kind() != ContentKind.AUDIO) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "只有广播音频可以记录收听进度");
        }
        if (content.durationSeconds() != null && positionSeconds > content.durationSeconds()) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "播放位置超出了音频时长");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ListeningEntry entry = new ListeningEntry();
        entry.setResidentId(resident.id());
        entry.setContentId(contentId);
        entry.setPositionSeconds(positionSeconds);
        entry.setCompleted(completed);
        entry.setUpdatedAt(now);
        LambdaQueryWrapper<ListeningEntry> same = new LambdaQueryWrapper<ListeningEntry>()
                .eq(ListeningEntry::getResidentId, resident.id())
                .eq(ListeningEntry::getContentId, contentId);
        if (listening.update(entry, same) == 0) {
            try {
                listening.insert(entry);
            } catch (DuplicateKeyException e) {
                entry.setId(null);
                listening.update(entry, same);
            }
        }
        history.opened(resident.id(), contentId, now);
        return stats(List.of(contentId), resident).get(0);
    }

    /** Live counts of one public item (404 for any other), with the resident's own state when signed in. */
    public ContentStats stats(long contentId, ResidentPrincipal resident) {
        published.requireVisible(contentId);
        return stats(List.of(contentId), resident).get(0);
    }

    /** Live counts of these items, with the resident's own state when one is signed in. */
    public List<ContentStats> stats(List<Long> contentIds, ResidentPrincipal resident) {
        if (contentIds.size() > MAX_STATS_IDS) {
            throw new ApiException(ErrorCode.PAGE_TOO_LARGE, "一次最多查询 " + MAX_STATS_IDS + " 条内容的计数");
        }
        if (contentIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "ids 只能是以英文逗号分隔的内容编号，不能有空项");
        }
        if (contentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionMappers.StatRow> rows = new HashMap<>();
        stats.find(contentIds).forEach(row -> rows.put(row.contentId(), row));
        Map<Long, Long> pendingViews = views.pending(contentIds);
        Set<Long> favourited =
                resident == null ? Set.of() : new HashSet<>(favourites.favourited(resident.id(), contentIds));
        Set<Long> liked = resident == null ? Set.of() : new HashSet<>(likes.liked(resident.id(), contentIds));
        Map<Long, ListeningEntry> positions = resident == null ? Map.of() : positions(resident.id(), contentIds);
        return contentIds.stream()
                .map(id -> {
                    ActionMappers.StatRow row = rows.get(id);
                    long viewCount = (row == null ? 0 : row.views()) + pendingViews.getOrDefault(id, 0L);
                    ContentStats.Mine mine = null;
                    if (resident != null) {
                        ListeningEntry entry = positions.get(id);
                        mine = new ContentStats.Mine(
                                favourited.contains(id),
                                liked.contains(id),
                                entry == null ? null : entry.getPositionSeconds(),
                                entry == null ? null : entry.getCompleted());
                    }
                    return new ContentStats(
                            id, row == null ? 0 : row.favourites(), row == null ? 0 : row.likes(), viewCount, mine);
                })
                .toList();
    }

    /** Newest favourite first; the cursor is the last row's id. */
    public CursorPage<PublicContentCard> favourites(ResidentPrincipal resident, String cursor, int size) {
        LambdaQueryWrapper<Favourite> where = new LambdaQueryWrapper<Favourite>()
                .eq(Favourite::getResidentId, resident.id())
                .lt(StringUtils.hasText(cursor), Favourite::getId, StringUtils.hasText(cursor) ? parseId(cursor) : null)
                .orderByDesc(Favourite::getId);
        List<Favourite> rows =
                favourites.selectPage(Page.of(1, size + 1L, false), where).getRecords();
        boolean more = rows.size() > size;
        List<Favourite> page = more ? rows.subList(0, size) : rows;
        String next = more ? String.valueOf(page.get(page.size() - 1).getId()) : null;
        return new CursorPage<>(
                published.visibleCards(
                        page.stream().map(Favourite::getContentId).toList()),
                next);
    }

    /**
     * Everything the resident opened (viewed or played), most recent first, with where audio stopped; the
     * cursor is the last row's time and id.
     */
    public CursorPage<HistoryItem> history(ResidentPrincipal resident, String cursor, int size) {
        HistoryCursor after = StringUtils.hasText(cursor) ? HistoryCursor.decode(cursor) : null;
        List<ActionMappers.HistoryRow> rows = history.recent(
                resident.id(), after == null ? null : after.openedAt(), after == null ? null : after.id(), size + 1);
        boolean more = rows.size() > size;
        List<ActionMappers.HistoryRow> page = more ? rows.subList(0, size) : rows;
        String next = more ? HistoryCursor.of(page.get(page.size() - 1)).encode() : null;
        List<Long> ids = page.stream().map(ActionMappers.HistoryRow::contentId).toList();
        Map<Long, PublicContentCard> cards = new HashMap<>();
        published.visibleCards(ids).forEach(card -> cards.put(card.id(), card));
        Map<Long, ListeningEntry> positions = ids.isEmpty() ? Map.of() : positions(resident.id(), ids);
        List<HistoryItem> items = page.stream()
                .filter(row -> cards.containsKey(row.contentId()))
                .map(row -> {
                    ListeningEntry listened = positions.get(row.contentId());
                    return new HistoryItem(
                            cards.get(row.contentId()),
                            listened == null ? null : listened.getPositionSeconds(),
                            listened == null ? null : Boolean.TRUE.equals(listened.getCompleted()),
                            listened == null ? null : listened.getUpdatedAt(),
                            row.openedAt());
                })
                .toList();
        return new CursorPage<>(items, next);
    }

    /** Rate-limits the action and checks the item is public; answers the item. */
    private PublicContentDetail act(ResidentPrincipal resident, long contentId) {
        limits.check(RateLimits.Kind.ACTION, resident.openid(), resident.ip());
        return published.detail(contentId);
    }

    private void insertOnce(Runnable insert) {
        try {
            transactions.executeWithoutResult(tx -> insert.run());
        } catch (DuplicateKeyException alreadyThere) {
            // Idempotent: the row exists, so the count already includes it.
        }
    }

    private Map<Long, ListeningEntry> positions(long residentId, Collection<Long> contentIds) {
        Map<Long, ListeningEntry> byContent = new HashMap<>();
        listening
                .selectList(new LambdaQueryWrapper<ListeningEntry>()
                        .eq(ListeningEntry::getResidentId, residentId)
                        .in(ListeningEntry::getContentId, contentIds))
                .forEach(e -> byContent.put(e.getContentId(), e));
        return byContent;
    }

    private static long parseId(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
    }

    private record HistoryCursor(LocalDateTime openedAt, long id) {

        static HistoryCursor of(ActionMappers.HistoryRow row) {
            return new HistoryCursor(row.openedAt(), row.id());
        }

        String encode() {
            return openedAt.toInstant(ZoneOffset.UTC).toEpochMilli() + "-" + id;
        }

        static HistoryCursor decode(String cursor) {
            String[] parts = cursor.split("-", 2);
            try {
                return new HistoryCursor(
                        LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(parts[0])), ZoneOffset.UTC),
                        Long.parseLong(parts[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ApiException(ErrorCode.INVALID_CURSOR);
            }
        }
    }
}
