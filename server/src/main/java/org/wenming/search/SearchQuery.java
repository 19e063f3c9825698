package org.wenming.search;

import java.util.List;
import org.wenming.content.ContentKind;

/**
 * One search as the engines receive it: normalised text, optional filters ({@code orgUnitIds} is a whole
 * subtree, resolved beforehand), the moment that decides visibility, the slice and the highlight tags.
 */
record SearchQuery(
        String text,
        ContentKind kind,
        String language,
        String tag,
        String festivalCode,
        List<Long> orgUnitIds,
        long now,
        int offset,
        int limit,
        String preTag,
        String postTag) {}
