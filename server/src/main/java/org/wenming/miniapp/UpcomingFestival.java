package org.wenming.miniapp;

import java.util.List;
import org.wenming.content.PublicContentCard;
import org.wenming.festival.FestivalDate;

/** The next festival with the days left and its published items. */
public record UpcomingFestival(FestivalDate festival, List<PublicContentCard> items) {
}
