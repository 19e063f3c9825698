package org.wenming.content;

import java.util.List;

/** How many items of each kind are in each status, inside the actor's scope (the console's dashboard). */
record ContentStats(List<Count> counts, long total) {

    public record Count(ContentKind kind, String kindLabel, ContentStatus status, String statusLabel, long count) {}
}
