package org.wenming.content;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published item in a resident's list: enough to render a card and play it, nothing of the workflow.
 * Every URL is absolute. {@code thumbnailUrl} is a small JPEG of the cover, poster image or first gallery
 * image; audio without an image gets its column's generated cover for both. Widths and heights are pixels
 * (null when unknown), so a waterfall can lay cards out before any image loads; {@code mediaUrl} and the
 * fields after it describe the audio file and are null for other kinds.
 */
public record PublicContentCard(
        long id,
        ContentKind kind,
        String title,
        String summary,
        String coverUrl,
        String language,
        String column,
        String orgUnitName,
        List<String> tags,
        boolean featured,
        LocalDateTime publishedAt,
        Integer durationSeconds,
        String quote,
        String festivalCode,
        LocalDateTime activityTime,
        String thumbnailUrl,
        Integer coverWidth,
        Integer coverHeight,
        Integer thumbnailWidth,
        Integer thumbnailHeight,
        String mediaUrl,
        Long mediaSizeBytes,
        Integer bitrateKbps,
        String mediaContentType)
        implements Serializable {}
