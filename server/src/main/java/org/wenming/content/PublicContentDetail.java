package org.wenming.content;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published item as a resident reads it. Every URL is absolute, including {@code src} and {@code href}
 * inside {@code body}, whose images also carry their size and a style fitting them to the screen.
 * {@code gallery} is {@code galleryUrls} with each image's size; sizes are pixels, null when unknown.
 * {@code thumbnailUrl} is the card's thumbnail; the audio fields describe the file behind {@code mediaUrl}.
 */
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
        String originLabel,
        Integer coverWidth,
        Integer coverHeight,
        Integer imageWidth,
        Integer imageHeight,
        List<PublicImage> gallery,
        String thumbnailUrl,
        Integer thumbnailWidth,
        Integer thumbnailHeight,
        Long mediaSizeBytes,
        Integer bitrateKbps,
        String mediaContentType)
        implements Serializable {}
