package org.wenming.content;

import java.util.List;
import org.wenming.festival.FestivalDate;

/** The next festival with the days left and its published items. */
record UpcomingFestival(FestivalDate festival, List<PublicContentCard> items) {}
