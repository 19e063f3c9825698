package org.wenming.content;

/** Filters of the admin content list; every field is optional. */
record ContentFilter(
        ContentKind kind,
        ContentStatus status,
        Long orgUnitId,
        String tag,
        String language,
        String festivalCode,
        String column,
        String keyword) {}
