package org.wenming.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything an editor sets on an item: the body of create and update requests, and the snapshot kept for
 * each revision. Fields of other kinds are ignored. Media are referenced by opaque content-addressed keys
 * (SHA-256 hex, optional extension), never by URLs.
 */
public record ContentFields(
        @NotNull ContentKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 500) String summary,
        @Size(max = 200_000) String body,

        @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE)
        String coverKey,

        @Pattern(regexp = "zh|mn", message = "语言只能是 zh（中文）或 mn（蒙古文）")
        String language,

        @Size(max = 64) String column,
        @NotNull Long orgUnitId,
        @Size(max = 10) List<@NotBlank @Size(max = 32) String> tags,
        Boolean featured,

        @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE)
        String mediaKey,

        @Min(1) @Max(86_400) Integer durationSeconds,
        @Size(max = 100_000) String transcript,
        @Size(max = 100) String theme,

        @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE)
        String imageKey,

        @Size(max = 500) String quote,
        @Size(max = 200) String quoteSource,
        @Size(max = 5_000) String interpretation,
        @Size(max = 32) String festivalCode,
        LocalDateTime activityTime,
        @Size(max = 200) String activityPlace,
        Long ownerUnitId,
        @Size(max = 100) String volunteerTeam,
        @Min(0) @Max(10_000_000) Integer activityCount,
        @Min(0) @Max(100_000_000) Integer servedCount,
        @Size(max = 30) List<@NotNull @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE) String> galleryKeys,
        @Min(2000) @Max(2100) Integer projectYear,
        ProjectOrigin origin,
        Integer version) {

    public static final String MEDIA_KEY = "[0-9a-f]{64}(\\.[a-z0-9]{1,8})?";
    static final String MEDIA_KEY_MESSAGE = "媒体引用必须是上传后得到的媒体标识";

    public String languageOrDefault() {
        return language == null ? "zh" : language;
    }
}
