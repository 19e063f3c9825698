package org.wenming.content;

import java.util.List;
import java.util.Map;

/** The mini program's first screen; {@code language} is the filter it was built for, null for all languages. */
record MiniHome(
        List<PublicContentCard> featured,
        Map<ContentKind, List<PublicContentCard>> latest,
        UpcomingFestival upcomingFestival,
        String language) {}
