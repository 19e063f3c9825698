package org.wenming.content;

import java.time.LocalDateTime;
import java.util.List;

/** An item as the admin console sees it, with workflow state. */
public record ContentView(
        long id, ContentKind kind, String kindLabel, String title, String summary, String body, String coverKey,
        String language, String column, long orgUnitId, String orgUnitName, List<String> tags, boolean featured,
        boolean sample, ContentStatus status, String statusLabel, int reviewLevels, int reviewStage,
        String rejectReason, LocalDateTime publishAt, LocalDateTime offlineAt, LocalDateTime publishedAt,
        String mediaKey, Integer durationSeconds, String transcript, String theme,
        String imageKey, String quote, String quoteSource, String interpretation,
        String festivalCode, LocalDateTime activityTime, String activityPlace,
        Long ownerUnitId, String volunteerTeam, Integer activityCount, Integer servedCount,
        List<String> galleryKeys, Integer projectYear, ProjectOrigin origin,
        int version, Long createdBy, Long updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt) {

    static ContentView of(Content c, String orgUnitName, List<String> tags, List<String> galleryKeys) {
        return new ContentView(c.getId(), c.getKind(), c.getKind().label(), c.getTitle(), c.getSummary(),
                c.getBody(), c.getCoverKey(), c.getLanguage(), c.getColumnName(), c.getOrgUnitId(), orgUnitName,
                tags, Boolean.TRUE.equals(c.getFeatured()), Boolean.TRUE.equals(c.getSampleData()), c.getStatus(),
                c.getStatus().label(), c.getReviewLevels(), c.getReviewStage(), c.getRejectReason(),
                c.getPublishAt(), c.getOfflineAt(), c.getPublishedAt(), c.getMediaKey(), c.getDurationSeconds(),
                c.getTranscript(), c.getTheme(), c.getImageKey(), c.getQuote(), c.getQuoteSource(),
                c.getInterpretation(), c.getFestivalCode(), c.getActivityTime(), c.getActivityPlace(),
                c.getOwnerUnitId(), c.getVolunteerTeam(), c.getActivityCount(), c.getServedCount(), galleryKeys,
                c.getProjectYear(), c.getOrigin(), c.getVersion(), c.getCreatedBy(), c.getUpdatedBy(),
                c.getCreatedAt(), c.getUpdatedAt());
    }
}
