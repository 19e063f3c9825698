package org.wenming.miniapp;

import java.util.List;
import java.util.Map;
import org.wenming.content.ContentKind;
import org.wenming.content.PublicContentCard;

/** The mini program's first screen. */
public record MiniHome(List<PublicContentCard> featured, Map<ContentKind, List<PublicContentCard>> latest,
                       UpcomingFestival upcomingFestival) {
}
