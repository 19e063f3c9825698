package org.wenming.content;

import java.time.LocalDateTime;

/**
 * An edit of a published item waiting for review, as the admin console sees it beside the live fields of
 * {@link ContentView}: its fields are read as the revision {@code version}.
 */
record PendingRevisionView(
        int version,
        RevisionReview status,
        String statusLabel,
        int reviewLevels,
        int reviewStage,
        Long editorId,
        String editorName,
        LocalDateTime createdAt) {

    static PendingRevisionView of(ContentRevision revision) {
        return new PendingRevisionView(
                revision.getVersion(),
                revision.getReviewStatus(),
                revision.getReviewStatus().label(),
                revision.getReviewLevels(),
                revision.getReviewStage(),
                revision.getEditorId(),
                revision.getEditorName(),
                revision.getCreatedAt());
    }
}
