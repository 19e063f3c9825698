package org.wenming.content;

import java.time.LocalDateTime;

/** One saved version; {@code reviewStatus} is set on edits of a published item, which were reviewed. */
record RevisionView(
        int version,
        String editorName,
        LocalDateTime createdAt,
        RevisionReview reviewStatus,
        String reviewStatusLabel) {

    static RevisionView of(ContentRevision revision) {
        RevisionReview review = revision.getReviewStatus();
        return new RevisionView(
                revision.getVersion(),
                revision.getEditorName(),
                revision.getCreatedAt(),
                review,
                review == null ? null : review.label());
    }
}
