package org.wenming.miniapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import org.wenming.content.ContentKind;

/**
 * Settings of the residents' side of the mini program under {@code wenming.miniapp} (see README.md).
 *
 * @param contentPage   the mini-program page that shows one item; messages and share codes open it
 */
@Validated
@ConfigurationProperties("wenming.miniapp")
public record MiniAppProperties(
        @NotNull Duration tokenTtl,
        @NotBlank String contentPage,
        @NotNull @Valid RateLimits rateLimits,
        @NotNull @Valid Views views,
        @NotNull @Valid Poster poster,
        @NotNull @Valid Subscribe subscribe,
        @NotNull @Valid Submission submission) {

    /** Requests allowed per resident (openid) and per client address within one window. */
    public record Limit(
            @Min(1) int perOpenid,
            @Min(1) int perIp,
            @NotNull Duration window) {}

    public record RateLimits(
            @NotNull @Valid Limit login,
            @NotNull @Valid Limit action,
            @NotNull @Valid Limit submission) {}

    /**
     * One view per resident per item per {@code dedupe}; pending counts reach the database every
     * {@code flushInterval}.
     */
    public record Views(@NotNull Duration dedupe, @NotNull Duration flushInterval) {}

    /**
     * {@code fontFile}: a TTF/OTF/TTC with Chinese glyphs, {@code mongolianFontFile} one with traditional Mongolian
     * glyphs; each is used before the installed fonts are searched.
     */
    public record Poster(@NotBlank String brand, String fontFile, String mongolianFontFile) {}

    /**
     * Subscribe messages. Each topic is a WeChat template residents subscribe to; content published with one of
     * its kinds or in one of its columns is announced to them. {@code data} maps the template's keys (thing1,
     * time2, …) to one of: title, column, unit, kind, publishedAt.
     */
    public record Subscribe(
            @NotNull Duration sendInterval,
            @Min(1) @Max(20) int maxAttempts,
            @NotNull Duration retryBackoff,
            @Min(1) int maxQuota,
            @NotNull List<@Valid Topic> topics) {}

    public record Topic(
            @NotBlank String code,
            @NotBlank String name,
            String templateId,
            Set<ContentKind> kinds,
            Set<String> columns,
            @NotNull Map<String, String> data) {

        public boolean enabled() {
            return templateId != null && !templateId.isBlank();
        }

        public boolean matches(ContentKind kind, String column) {
            return (kinds != null && kinds.contains(kind))
                    || (column != null && columns != null && columns.contains(column));
        }
    }

    /** 习语金句大家写: quote length, photo size and an optional extra word-list file (one word a line). */
    public record Submission(
            @Min(1) int minLength,
            @Max(500) int maxLength,
            @NotNull DataSize maxPhotoSize,
            String extraWordsFile) {}
}
