package org.wenming.miniapp.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.wenming.common.redis.RedisBreaker;

/**
 * Tokens in Redis: {@code wenming:resident-token:<sha256>} holds the resident id with the TTL, refreshed on
 * every use; {@code wenming:resident-tokens:<id>} lists a resident's token hashes so all can be revoked.
 * They live only in Redis: while it is away every call answers 503 at once ({@link RedisBreaker#require}).
 */
class RedisResidentTokens implements ResidentTokens {

    private static final String TOKEN = "wenming:resident-token:";
    private static final String BY_RESIDENT = "wenming:resident-tokens:";

    private final StringRedisTemplate redis;
    private final Duration ttl;
    private final RedisBreaker breaker;

    RedisResidentTokens(StringRedisTemplate redis, Duration ttl, RedisBreaker breaker) {
        this.redis = redis;
        this.ttl = ttl;
        this.breaker = breaker;
    }

    @Override
    public String issue(long residentId) {
        return breaker.require(() -> stored(residentId));
    }

    private String stored(long residentId) {
        String token = TokenHashes.newToken();
        String hash = TokenHashes.hash(token);
        redis.opsForValue().set(TOKEN + hash, String.valueOf(residentId), ttl);
        redis.opsForSet().add(BY_RESIDENT + residentId, hash);
        redis.expire(BY_RESIDENT + residentId, ttl);
        return token;
    }

    @Override
    public Optional<Long> resolve(String token) {
        return breaker.require(() -> lookedUp(token));
    }

    private Optional<Long> lookedUp(String token) {
        String key = TOKEN + TokenHashes.hash(token);
        String residentId = redis.opsForValue().getAndExpire(key, ttl);
        if (residentId == null) {
            return Optional.empty();
        }
        redis.expire(BY_RESIDENT + residentId, ttl);
        return Optional.of(Long.parseLong(residentId));
    }

    @Override
    public void revoke(String token) {
        breaker.require(() -> removed(token));
    }

    private void removed(String token) {
        String hash = TokenHashes.hash(token);
        String residentId = redis.opsForValue().getAndDelete(TOKEN + hash);
        if (residentId != null) {
            redis.opsForSet().remove(BY_RESIDENT + residentId, hash);
        }
    }

    @Override
    public int revokeAll(long residentId) {
        return breaker.require(() -> removedAll(residentId));
    }

    private int removedAll(long residentId) {
        Set<String> hashes = redis.opsForSet().members(BY_RESIDENT + residentId);
        redis.delete(BY_RESIDENT + residentId);
        if (hashes == null || hashes.isEmpty()) {
            return 0;
        }
        Long deleted = redis.delete(hashes.stream().map(hash -> TOKEN + hash).toList());
        return deleted == null ? 0 : deleted.intValue();
    }
}
