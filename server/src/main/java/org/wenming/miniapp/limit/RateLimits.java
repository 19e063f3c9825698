package org.wenming.miniapp.limit;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.miniapp.MiniAppProperties;

/** Applies the configured limits of login, residents' actions and submissions, per openid and per address. */
@Component
public class RateLimits {

    public enum Kind {
        LOGIN,
        ACTION,
        SUBMISSION
    }

    private final RateLimiter limiter;
    private final MiniAppProperties.RateLimits limits;
    private final Clock clock;

    public RateLimits(RateLimiter limiter, MiniAppProperties properties, Clock clock) {
        this.limiter = limiter;
        this.limits = properties.rateLimits();
        this.clock = clock;
    }

    /** Counts a request from this address; refuses it when the address is over its limit. */
    public void checkIp(Kind kind, String ip) {
        MiniAppProperties.Limit limit = limitOf(kind);
        if (!limiter.tryAcquire(kind + ":ip:" + ip, limit.perIp(), limit.window())) {
            throw refused(limit);
        }
    }

    /** Counts a request of this resident; refuses it when the resident is over their limit. */
    public void checkOpenid(Kind kind, String openid) {
        MiniAppProperties.Limit limit = limitOf(kind);
        if (!limiter.tryAcquire(kind + ":openid:" + openid, limit.perOpenid(), limit.window())) {
            throw refused(limit);
        }
    }

    public void check(Kind kind, String openid, String ip) {
        checkIp(kind, ip);
        checkOpenid(kind, openid);
    }

    private MiniAppProperties.Limit limitOf(Kind kind) {
        return switch (kind) {
            case LOGIN -> limits.login();
            case ACTION -> limits.action();
            case SUBMISSION -> limits.submission();
        };
    }

    /** The problem tells when the current window ends, so the mini program can say how long to wait. */
    private ApiException refused(MiniAppProperties.Limit limit) {
        long window = limit.window().toMillis();
        long retryAfterSeconds = (window - clock.millis() % window + 999) / 1000;
        return new ApiException(
                ErrorCode.RATE_LIMITED,
                ErrorCode.RATE_LIMITED.message(),
                Map.of(ApiException.RETRY_AFTER_SECONDS, retryAfterSeconds));
    }
}
