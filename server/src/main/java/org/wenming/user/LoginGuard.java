package org.wenming.user;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Decides whether a sign-in may check its password, with counters in the database that every instance shares
 * (so it needs no Redis and holds on the embedded profile too). An attempt is counted as a failure before its
 * password is checked, by a compare-and-set on the counter's version: parallel attempts over any number of
 * instances get no more guesses than attempts one after another would. A success takes its count back.
 *
 * <p>Three counters: the account from this address locks after {@code max-failed-logins} (only this address
 * is kept out, so nobody can lock an account against its owner); the address, and the account over all
 * addresses, are slowed down progressively (answered 429 with Retry-After, no thread waits). Addresses that
 * signed in to the account lately are spared the account's counter. Usernames are counted as typed (case
 * folded) whether or not the account exists, so no answer tells which accounts exist.
 */
@Configuration
class LoginGuard implements SchedulingConfigurer {

    /** Parallel attempts on one counter each win a compare-and-set in turn; past this, the caller retries. */
    private static final int MAX_CONTENDED_WRITES = 100;

    private static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

    private final LoginCounterMapper mapper;
    private final WenmingProperties.Security settings;
    private final Policy lockout;
    private final Policy addressThrottle;
    private final Policy accountThrottle;
    private final Clock clock;

    LoginGuard(LoginCounterMapper mapper, WenmingProperties properties, Clock clock) {
        this.mapper = mapper;
        this.settings = properties.security();
        this.lockout = new Policy(settings.maxFailedLogins(), settings.lockout(), settings.lockout());
        this.addressThrottle = Policy.of(settings.addressThrottle());
        this.accountThrottle = Policy.of(settings.accountThrottle());
        this.clock = clock;
    }

    /**
     * An attempt that may check its password, already counted as failed. {@code accountKey} is null for an
     * address the account trusts; {@code lockedUntil} is set when this attempt was the last one allowed.
     */
    record Attempt(String pairKey, String addressKey, String accountKey, LocalDateTime lockedUntil) {}

    /** Counts an attempt; refuses it (423 or 429) when one of its counters is blocked. */
    Attempt begin(String username, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address;
        String pairKey = "pair:" + name + "|" + address;
        LocalDateTime now = LocalDateTime.now(clock);
        LoginCounter pair = mapper.selectById(pairKey);
        String accountKey = isTrusted(pair, now) ? null : "account:" + name;
        // A refused attempt counts nowhere: waiting out one counter must not use up another.
        refuseIfBlocked(pair, lockout, now);
        refuseIfBlocked(mapper.selectById(addressKey), addressThrottle, now);
        if (accountKey != null) {
            refuseIfBlocked(mapper.selectById(accountKey), accountThrottle, now);
        }
        LocalDateTime lockedUntil = count(pairKey, name, lockout, now);
        count(addressKey, null, addressThrottle, now);
        if (accountKey != null) {
            count(accountKey, name, accountThrottle, now);
        }
        return new Attempt(pairKey, addressKey, accountKey, lockedUntil);
    }

    /** The password was right: this address may try the account again freely, and is trusted by it. */
    void succeeded(Attempt attempt) {
        LocalDateTime now = LocalDateTime.now(clock);
        change(attempt.pairKey(), counter -> {
            counter.setFailures(0);
            counter.setBlockedUntil(null);
            counter.setSucceededAt(now);
        });
        if (attempt.accountKey() != null) {
            change(attempt.accountKey(), counter -> {
                counter.setFailures(0);
                counter.setBlockedUntil(null);
            });
        }
        // Only this attempt is taken back: one valid account must not reset the address for guesses at others.
        change(attempt.addressKey(), counter -> {
            int failures = Math.max(0, counter.getFailures() - 1);
            counter.setFailures(failures);
            if (addressThrottle.blockAfter(failures, now) == null) {
                counter.setBlockedUntil(null);
            }
        });
    }

    /** Lifts every lock and delay of the account (its password was just reset). */
    void forget(String username) {
        mapper.delete(new LambdaQueryWrapper<LoginCounter>()
                .eq(LoginCounter::getUsername, username.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::sweep, SWEEP_INTERVAL, SWEEP_INTERVAL));
    }

    /** Deletes counters that no longer block, count or vouch for anything. */
    int sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        return mapper.deleteSpent(now, now.minus(settings.lockout()), now.minus(settings.trustedAddressFor()));
    }

    private void refuseIfBlocked(LoginCounter counter, Policy policy, LocalDateTime now) {
        if (counter != null && counter.blockedAt(now)) {
            throw refusal(policy, counter.getBlockedUntil(), now);
        }
    }

    private boolean isTrusted(LoginCounter pair, LocalDateTime now) {
        return pair != null
                && pair.getSucceededAt() != null
                && pair.getSucceededAt().plus(settings.trustedAddressFor()).isAfter(now);
    }

    /** Counts one failure ahead of the check; returns until when the counter now blocks (null: it does not). */
    private LocalDateTime count(String key, String username, Policy policy, LocalDateTime now) {
        for (int write = 0; write < MAX_CONTENDED_WRITES; write++) {
            LoginCounter counter = mapper.selectById(key);
            refuseIfBlocked(counter, policy, now);
            boolean fresh = counter == null;
            if (fresh) {
                counter = LoginCounter.empty(key, username);
            }
            int failures = counter.failuresAt(now, settings.lockout()) + 1;
            counter.setFailures(failures);
            counter.setLastFailureAt(now);
            counter.setBlockedUntil(policy.blockAfter(failures, now));
            if (fresh ? inserted(counter) : mapper.replaceIfUnchanged(counter) == 1) {
                return counter.getBlockedUntil();
            }
        }
        throw busy();
    }

    private void change(String key, Consumer<LoginCounter> change) {
        for (int write = 0; write < MAX_CONTENDED_WRITES; write++) {
            LoginCounter counter = mapper.selectById(key);
            if (counter == null) {
                return;
            }
            change.accept(counter);
            if (mapper.replaceIfUnchanged(counter) == 1) {
                return;
            }
        }
        throw busy();
    }

    private boolean inserted(LoginCounter counter) {
        try {
            mapper.insert(counter);
            return true;
        } catch (DuplicateKeyException concurrentlyCreated) {
            return false;
        }
    }

    /** 423 for an account locked from this address until {@code until}. */
    ApiException locked(LocalDateTime until) {
        return new ApiException(
                ErrorCode.ACCOUNT_LOCKED,
                ErrorCode.ACCOUNT_LOCKED.message(),
                Map.of(
                        "lockedUntil",
                        until.toString(),
                        ApiException.RETRY_AFTER_SECONDS,
                        secondsUntil(until, LocalDateTime.now(clock))));
    }

    private ApiException refusal(Policy policy, LocalDateTime until, LocalDateTime now) {
        if (policy == lockout) {
            return locked(until);
        }
        return new ApiException(
                ErrorCode.RATE_LIMITED,
                ErrorCode.RATE_LIMITED.message(),
                Map.of(ApiException.RETRY_AFTER_SECONDS, secondsUntil(until, now)));
    }

    private static long secondsUntil(LocalDateTime until, LocalDateTime now) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }

    private static ApiException busy() {
        return new ApiException(
                ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.message(), Map.of(ApiException.RETRY_AFTER_SECONDS, 1L));
    }

    /** From {@code threshold} failures on, each further attempt waits: first {@code first}, doubling to {@code max}. */
    private record Policy(int threshold, Duration first, Duration max) {

        static Policy of(WenmingProperties.Throttle throttle) {
            return new Policy(throttle.freeFailures(), throttle.firstDelay(), throttle.maxDelay());
        }

        LocalDateTime blockAfter(int failures, LocalDateTime now) {
            if (failures < threshold) {
                return null;
            }
            int doublings = Math.min(failures - threshold, 30);
            Duration delay = first.multipliedBy(1L << doublings);
            return now.plus(delay.compareTo(max) > 0 ? max : delay);
        }
    }
}
