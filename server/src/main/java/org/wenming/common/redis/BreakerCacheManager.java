package org.wenming.common.redis;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/**
 * Redis caches that never fail a request: while Redis is away (breaker open, or a call fails) a read is a miss,
 * so the caller loads from the database, and a write is skipped. A cache that missed a clear or an eviction is
 * cleared before its next read once Redis is back, so no stale page outlives the outage.
 */
class BreakerCacheManager implements CacheManager {

    private final CacheManager redis;
    private final RedisBreaker breaker;
    private final Map<String, Cache> caches = new ConcurrentHashMap<>();

    BreakerCacheManager(CacheManager redis, RedisBreaker breaker) {
        this.redis = redis;
        this.breaker = breaker;
    }

    @Override
    public Cache getCache(String name) {
        return caches.computeIfAbsent(name, key -> {
            Cache cache = redis.getCache(key);
            return cache == null ? null : new BreakerCache(cache, breaker);
        });
    }

    @Override
    public Collection<String> getCacheNames() {
        return redis.getCacheNames();
    }

    private static final class BreakerCache implements Cache {

        private final Cache delegate;
        private final RedisBreaker breaker;
        private volatile boolean missedClear;

        BreakerCache(Cache delegate, RedisBreaker breaker) {
            this.delegate = delegate;
            this.breaker = breaker;
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public Object getNativeCache() {
            return delegate.getNativeCache();
        }

        @Override
        public ValueWrapper get(Object key) {
            if (!breaker.allows() || !clearedIfMissed()) {
                return null;
            }
            try {
                ValueWrapper value = delegate.get(key);
                breaker.succeeded();
                return value;
            } catch (RuntimeException e) {
                return fail(e, null);
            }
        }

        @Override
        public <T> T get(Object key, Class<T> type) {
            ValueWrapper value = get(key);
            return value == null ? null : type.cast(value.get());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(Object key, Callable<T> loader) {
            ValueWrapper cached = get(key);
            if (cached != null) {
                return (T) cached.get();
            }
            try {
                T value = loader.call();
                put(key, value);
                return value;
            } catch (Exception e) {
                throw new ValueRetrievalException(key, loader, e);
            }
        }

        @Override
        public void put(Object key, Object value) {
            if (!breaker.allows()) {
                return;
            }
            try {
                delegate.put(key, value);
                breaker.succeeded();
            } catch (RuntimeException e) {
                fail(e, null);
            }
        }

        @Override
        public void evict(Object key) {
            if (!breaker.allows()) {
                missedClear = true;
                return;
            }
            try {
                delegate.evict(key);
                breaker.succeeded();
            } catch (RuntimeException e) {
                missedClear = true;
                fail(e, null);
            }
        }

        @Override
        public void clear() {
            missedClear = true;
            clearedIfMissed();
        }

        /** Clears the cache if a clear is owed; false when Redis cannot be reached to do so. */
        private boolean clearedIfMissed() {
            if (!missedClear) {
                return true;
            }
            if (!breaker.allows()) {
                return false;
            }
            try {
                delegate.clear();
                missedClear = false;
                breaker.succeeded();
                return true;
            } catch (RuntimeException e) {
                fail(e, null);
                return false;
            }
        }

        private <T> T fail(RuntimeException e, T fallback) {
            if (!RedisFailures.isRedisFailure(e)) {
                throw e;
            }
            breaker.failed(e);
            return fallback;
        }
    }
}
