package org.wenming.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's weekly trend inside the actor's scope: every week from the oldest to the current one (which
 * is still running), each starting on Monday, with zeros where nothing happened. {@code favourites} counts the
 * favourites added that week that residents still hold (taking one back deletes it).
 */
record ContentTrends(List<Week> weeks) {

    public record Week(LocalDate weekStart, long published, long favourites, long views) {}
}
