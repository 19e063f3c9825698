package org.wenming.content;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wenming.festival.FestivalsChanged;
import org.wenming.media.RenditionsChanged;

/**
 * Caches what residents and broadcast stations read. An entry is valid until the earliest moment a visible item's window ends
 * (so expiry needs no eviction) and the whole cache is cleared after every commit that changes what is
 * public. The cache is the shared one of the profile (Redis in production), so every instance sees a
 * clear at once.
 */
@Component
public class PublicReadCache {

    static final String CACHE = "public-reads";
    private static final long MAX_AGE_MINUTES = 10;

    private final Cache cache;
    private final WindowMapper windows;
    private final Clock clock;

    public PublicReadCache(CacheManager cacheManager, WindowMapper windows, Clock clock) {
        this.cache = cacheManager.getCache(CACHE);
        this.windows = windows;
        this.clock = clock;
    }

    public <T> T get(String key, Supplier<T> loader) {
        LocalDateTime now = LocalDateTime.now(clock);
        T cached = current(key, now);
        if (cached != null) {
            return cached;
        }
        LocalDateTime validUntil = now.plusMinutes(MAX_AGE_MINUTES);
        LocalDateTime nextOffline = windows.nextOffline(now);
        if (nextOffline != null && nextOffline.isBefore(validUntil)) {
            validUntil = nextOffline;
        }
        T value = loader.get();
        cache.put(key, new Entry(value, validUntil));
        return value;
    }

    /** The entry under {@code key} while it is valid, else null; never loads one. */
    public <T> T peek(String key) {
        return current(key, LocalDateTime.now(clock));
    }

    @SuppressWarnings("unchecked")
    private <T> T current(String key, LocalDateTime now) {
        Cache.ValueWrapper cached = cache.get(key);
        if (cached != null && cached.get() instanceof Entry entry && now.isBefore(entry.validUntil())) {
            return (T) entry.value();
        }
        return null;
    }

    @EventListener
    public void onPublicContentChanged(PublicContentChanged change) {
        clearAfterCommit();
    }

    /** Stations' playlists list only audio whose broadcast rendition is ready. */
    @EventListener
    public void onRenditionsChanged(RenditionsChanged change) {
        clearAfterCommit();
    }

    /** The mini program's cached home page carries the upcoming festival. */
    @EventListener
    public void onFestivalsChanged(FestivalsChanged change) {
        clearAfterCommit();
    }

    /**
     * Clears the cache once the current transaction commits (at once outside a transaction); also called by
     * features whose changes alter what stations read, such as schedules.
     */
    public void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        } else {
            cache.clear();
        }
    }

    /** {@code value} must be serialisable: the production cache is Redis. */
    record Entry(Object value, LocalDateTime validUntil) implements Serializable {}

    @Mapper
    public interface WindowMapper {

        @Select("SELECT MIN(offline_at) FROM content WHERE " + VisibleContentSql.PUBLISHED + " AND offline_at > #{now}")
        LocalDateTime nextOffline(@Param("now") LocalDateTime now);
    }
}
