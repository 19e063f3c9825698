package org.wenming.common.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the product under {@code wenming.*}; see README.md for the environment variables.
 *
 * @param publicBaseUrl where WeChat and village players reach this server; empty: see {@link PublicBaseUrl}
 */
@Validated
@ConfigurationProperties("wenming")
public record WenmingProperties(
        @NotBlank String dataDir,
        @NotNull ZoneId zone,
        @NotNull Admin admin,
        @NotNull Security security,
        @NotNull Workflow workflow,
        @NotNull ContentPack contentPack,
        @NotNull Mini mini,
        String publicBaseUrl) {

    /** The first administrator, created on first start when no user exists. */
    public record Admin(@NotBlank String username, String initialPassword) {}

    /**
     * Sign-in protection. After {@code maxFailedLogins} wrong passwords for one account from one address, that
     * address may not try the account for {@code lockout}; an address and an account (over all addresses) are
     * slowed down by their {@link Throttle}. A count is forgotten {@code lockout} after its last failure.
     *
     * @param trustedAddressFor how long an address that signed in to an account is spared its account's
     *     throttle, so an attack from elsewhere does not keep the account's owner out
     * @param consoleMediaSources origins (space-separated) besides this server that the console's
     *     Content-Security-Policy lets images and audio come from: MinIO's when it delivers media itself
     */
    public record Security(
            @Min(1) int maxFailedLogins,
            @NotNull Duration lockout,
            @NotNull @Valid Throttle addressThrottle,
            @NotNull @Valid Throttle accountThrottle,
            @NotNull Duration trustedAddressFor,
            String consoleMediaSources) {}

    /** Failures beyond {@code freeFailures} each wait twice as long as the one before, up to {@code maxDelay}. */
    public record Throttle(
            @Min(1) int freeFailures,
            @NotNull Duration firstDelay,
            @NotNull Duration maxDelay) {}

    /** Review levels used until an administrator changes the stored setting; 1 to 3 (三审). */
    public record Workflow(
            @Min(1) @Max(3) int defaultReviewLevels,
            @NotNull Duration schedulerInterval) {}

    /**
     * Where the content pack lives (empty: the copy packed into the jar); {@code exitAfterImport} turns a
     * start into a one-off import, as {@code scripts/import-content.sh} does.
     */
    public record ContentPack(boolean importOnStart, String location, boolean exitAfterImport) {}

    public record Mini(@Min(1) @Max(100) int maxPageSize) {}
}
