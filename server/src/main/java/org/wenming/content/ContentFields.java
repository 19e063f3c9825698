package org.wenming.content;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Everything an editor sets on an item: the body of create and update requests, and the snapshot kept for
 * each revision. Fields of other kinds are ignored. Media are referenced by opaque content-addressed keys
 * (SHA-256 hex, optional extension), never by URLs.
 *
 * <p>The fields of each kind are nested records, unwrapped so the JSON stays flat: the console and the
 * revisions stored in {@code content_revision} know only the flat names.
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
        @JsonUnwrapped @Valid AudioFields audio,
        @JsonUnwrapped @Valid PosterFields poster,
        @JsonUnwrapped @Valid FestivalFields festival,
        @JsonUnwrapped @Valid BrandProjectFields brandProject,
        Integer version) {

    public static final String MEDIA_KEY = "[0-9a-f]{64}(\\.[a-z0-9]{1,8})?";
    static final String MEDIA_KEY_MESSAGE = "媒体引用必须是上传后得到的媒体标识";

    /** Absent kinds read as empty, so callers never check for null. */
    public ContentFields {
        audio = audio == null ? AudioFields.NONE : audio;
        poster = poster == null ? PosterFields.NONE : poster;
        festival = festival == null ? FestivalFields.NONE : festival;
        brandProject = brandProject == null ? BrandProjectFields.NONE : brandProject;
    }

    public String languageOrDefault() {
        return language == null ? "zh" : language;
    }

    /** The fields of this item's own kind. */
    KindFields ofKind() {
        return switch (kind) {
            case AUDIO -> audio;
            case POSTER -> poster;
            case FESTIVAL_ITEM -> festival;
            case BRAND_PROJECT -> brandProject;
        };
    }

    ContentFields withVersion(int newVersion) {
        return new ContentFields(
                kind,
                title,
                summary,
                body,
                coverKey,
                language,
                column,
                orgUnitId,
                tags,
                featured,
                audio,
                poster,
                festival,
                brandProject,
                newVersion);
    }
}
