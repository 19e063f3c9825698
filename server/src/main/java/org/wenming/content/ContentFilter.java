package org.wenming.content;

/**
 * Filters of the admin content list; every field is optional. {@code awaitingReview} keeps what reviewers
 * have to read: submitted items and published items with an edit pending review.
 */
record ContentFilter(
        ContentKind kind,
        ContentStatus status,
        Long orgUnitId,
        String tag,
        String language,
        String festivalCode,
        String column,
        String keyword,
        boolean awaitingReview) {}
