package org.wenming.content;

import java.util.List;
import org.wenming.festival.FestivalDate;

/**
 * The next festival with the days left and its published items; {@code itemCount} counts all of them
 * (as {@code contents?festival=<code>} lists them), {@code items} holds the newest few.
 */
record UpcomingFestival(
        FestivalDate festival,
        List<PublicContentCard> items,
        long itemCount,
        String coverUrl,
        Integer coverWidth,
        Integer coverHeight) {}
