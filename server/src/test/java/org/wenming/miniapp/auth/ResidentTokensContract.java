package org.wenming.miniapp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One contract, two stores of residents' tokens: every case runs against the in-memory adapter and against
 * the Redis adapter over a real Redis. Expiry is tested with a short TTL, since the Redis adapter relies on
 * Redis' own key expiry rather than on the product clock.
 */
abstract class ResidentTokensContract {

    static final Duration TTL = Duration.ofSeconds(1);

    private ResidentTokens tokens;
    private long resident;

    /** A fresh, empty store whose tokens end after {@code ttl} unused. */
    abstract ResidentTokens newTokens(Duration ttl);

    /** Lets {@code duration} pass as the store sees time. */
    abstract void elapse(Duration duration) throws InterruptedException;

    @BeforeEach
    void newStore() {
        tokens = newTokens(TTL);
        resident = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @Test
    void anIssuedTokenResolvesToItsResidentAndEachTokenIsNew() {
        String first = tokens.issue(resident);
        String second = tokens.issue(resident);

        assertThat(first).isNotEqualTo(second);
        assertThat(tokens.resolve(first)).contains(resident);
        assertThat(tokens.resolve(second)).contains(resident);
    }

    @Test
    void anUnknownTokenResolvesToNothing() {
        tokens.issue(resident);

        assertThat(tokens.resolve(TokenHashes.newToken())).isEmpty();
    }

    @Test
    void aRevokedTokenEndsAndTheResidentsOtherTokensStay() {
        String revoked = tokens.issue(resident);
        String kept = tokens.issue(resident);

        tokens.revoke(revoked);
        tokens.revoke(revoked);
        tokens.revoke(TokenHashes.newToken());

        assertThat(tokens.resolve(revoked)).isEmpty();
        assertThat(tokens.resolve(kept)).contains(resident);
    }

    @Test
    void revokingAllEndsEveryTokenOfOneResidentOnlyAndCountsThem() {
        String first = tokens.issue(resident);
        String second = tokens.issue(resident);
        String someoneElses = tokens.issue(resident + 1);

        assertThat(tokens.revokeAll(resident)).isEqualTo(2);

        assertThat(tokens.resolve(first)).isEmpty();
        assertThat(tokens.resolve(second)).isEmpty();
        assertThat(tokens.resolve(someoneElses)).contains(resident + 1);
        assertThat(tokens.revokeAll(resident)).isZero();
    }

    @Test
    void aTokenInUseLivesOnAndOneUnusedForTheTtlEnds() throws InterruptedException {
        String used = tokens.issue(resident);
        String unused = tokens.issue(resident);

        elapse(TTL.multipliedBy(6).dividedBy(10));
        assertThat(tokens.resolve(used)).contains(resident);
        elapse(TTL.multipliedBy(6).dividedBy(10));

        assertThat(tokens.resolve(used)).as("used within the TTL").contains(resident);
        assertThat(tokens.resolve(unused)).as("unused for longer than the TTL").isEmpty();
        elapse(TTL.multipliedBy(11).dividedBy(10));
        assertThat(tokens.resolve(used)).as("unused since").isEmpty();
    }
}
