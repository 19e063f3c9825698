package org.wenming.miniapp.auth;

import java.util.Optional;

/**
 * Opaque bearer tokens of residents. Only a hash of each token is stored, with a sliding expiry of
 * {@code wenming.miniapp.token-ttl}: in memory on the embedded default, in Redis under the {@code redis}
 * profile so every instance accepts every token and a revocation applies everywhere at once.
 */
interface ResidentTokens {

    /** A new random token for the resident. */
    String issue(long residentId);

    /** The resident of a valid token, extending its life; empty when unknown, expired or revoked. */
    Optional<Long> resolve(String token);

    void revoke(String token);

    /** Revokes every token of the resident; answers how many there were. */
    int revokeAll(long residentId);
}
