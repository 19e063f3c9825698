package org.wenming.content;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A published item as a resident reads it. */
public record PublicContentDetail(
        long id,
        ContentKind kind,
        String kindLabel,
        String title,
        String summary,
        String body,
        String coverUrl,
        String language,
        String column,
        long orgUnitId,
        String orgUnitName,
        List<String> tags,
        boolean featured,
        LocalDateTime publishedAt,
        String mediaUrl,
        Integer durationSeconds,
        String transcript,
        String theme,
        String imageUrl,
        String quote,
        String quoteSource,
        String interpretation,
        String festivalCode,
        LocalDateTime activityTime,
        String activityPlace,
        String ownerUnitName,
        String volunteerTeam,
        Integer activityCount,
        Integer servedCount,
        List<String> galleryUrls,
        Integer projectYear,
        String originLabel)
        implements Serializable {}
