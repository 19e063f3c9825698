package org.wenming.content;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDateTime;
import java.util.List;
import org.wenming.media.MediaLinks;

/**
 * An item as the admin console sees it, with workflow state; the kinds' fields are flat in its JSON. The
 * fields are the item's text (the live version of a published item); {@code pendingRevision} is an edit
 * of it waiting for review, or null. {@code submittedByName} and {@code submittedAt} tell who last sent an item
 * waiting for review to review and when (null for items not waiting), for the review queue. {@code authorName}
 * is who created the item as history names them; {@code thumbnailUrl} a small JPEG of the image a list shows.
 */
record ContentView(
        long id,
        ContentKind kind,
        String kindLabel,
        String title,
        String summary,
        String body,
        String coverKey,
        String language,
        String column,
        long orgUnitId,
        String orgUnitName,
        List<String> tags,
        boolean featured,
        boolean sample,
        ContentStatus status,
        String statusLabel,
        int reviewLevels,
        int reviewStage,
        String rejectReason,
        LocalDateTime publishAt,
        LocalDateTime offlineAt,
        LocalDateTime publishedAt,
        @JsonUnwrapped AudioFields audio,
        @JsonUnwrapped PosterFields poster,
        @JsonUnwrapped FestivalFields festival,
        @JsonUnwrapped BrandProjectFields brandProject,
        int version,
        Long createdBy,
        Long updatedBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        String authorName,
        String thumbnailUrl,
        String submittedByName,
        LocalDateTime submittedAt,
        PendingRevisionView pendingRevision) {

    static ContentView of(
            Content c,
            String orgUnitName,
            List<String> tags,
            List<String> galleryKeys,
            String authorName,
            String listImageKey,
            ContentTransition lastSubmission,
            ContentRevision pendingRevision) {
        return new ContentView(
                c.getId(),
                c.getKind(),
                c.getKind().label(),
                c.getTitle(),
                c.getSummary(),
                c.getBody(),
                c.getCoverKey(),
                c.getLanguage(),
                c.getColumnName(),
                c.getOrgUnitId(),
                orgUnitName,
                tags,
                Boolean.TRUE.equals(c.getFeatured()),
                Boolean.TRUE.equals(c.getSampleData()),
                c.getStatus(),
                c.getStatus().label(),
                c.getReviewLevels(),
                c.getReviewStage(),
                c.getRejectReason(),
                c.getPublishAt(),
                c.getOfflineAt(),
                c.getPublishedAt(),
                AudioFields.of(c),
                PosterFields.of(c),
                FestivalFields.of(c),
                BrandProjectFields.of(c, galleryKeys),
                c.getVersion(),
                c.getCreatedBy(),
                c.getUpdatedBy(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                authorName,
                MediaLinks.listThumbnailUrl(listImageKey),
                lastSubmission == null ? null : lastSubmission.getActorName(),
                lastSubmission == null ? null : lastSubmission.getCreatedAt(),
                pendingRevision == null ? null : PendingRevisionView.of(pendingRevision));
    }
}
