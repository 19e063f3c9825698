package org.wenming.content;

import java.util.List;

/**
 * Filters of the admin content list; every field is optional. {@code awaitingReview} keeps what reviewers
 * have to read: submitted items and published items with an edit pending review. {@code year} keeps the
 * items of one year: a festival item belongs to the year of its activity (2027's 端午 is not 2026's), an item
 * without an activity time to the year it was created in. {@code statuses} keeps items in any of them (all
 * when empty).
 */
record ContentFilter(
        ContentKind kind,
        List<ContentStatus> statuses,
        Long orgUnitId,
        String tag,
        String language,
        String festivalCode,
        Integer year,
        String column,
        String keyword,
        boolean awaitingReview) {}
