package org.wenming.common.config;

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

    public record Security(
            @Min(1) int maxFailedLogins, @NotNull Duration lockout) {}

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
