package org.wenming.content;

import java.util.List;
import java.util.Map;

/** The mini program's first screen. */
record MiniHome(
        List<PublicContentCard> featured,
        Map<ContentKind, List<PublicContentCard>> latest,
        UpcomingFestival upcomingFestival) {}
