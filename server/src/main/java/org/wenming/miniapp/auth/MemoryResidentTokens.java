package org.wenming.miniapp.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Tokens of the single embedded instance; idle ones expire after the TTL, measured on the product clock. */
class MemoryResidentTokens implements ResidentTokens {

    private final Cache<String, Long> tokens;

    MemoryResidentTokens(Duration ttl, Clock clock) {
        this.tokens = Caffeine.newBuilder()
                .expireAfterAccess(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .maximumSize(1_000_000)
                .build();
    }

    @Override
    public String issue(long residentId) {
        String token = TokenHashes.newToken();
        tokens.put(TokenHashes.hash(token), residentId);
        return token;
    }

    @Override
    public Optional<Long> resolve(String token) {
        return Optional.ofNullable(tokens.getIfPresent(TokenHashes.hash(token)));
    }

    @Override
    public void revoke(String token) {
        tokens.invalidate(TokenHashes.hash(token));
    }

    @Override
    public int revokeAll(long residentId) {
        int before = tokens.asMap().size();
        tokens.asMap().values().removeIf(id -> id == residentId);
        return before - tokens.asMap().size();
    }
}
