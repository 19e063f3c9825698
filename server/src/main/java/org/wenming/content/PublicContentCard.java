package org.wenming.content;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published item in a resident's list: enough to render a card, nothing of the workflow.
 * {@code thumbnailUrl} is a small JPEG of the cover, poster image or first gallery image.
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
        String thumbnailUrl)
        implements Serializable {}
