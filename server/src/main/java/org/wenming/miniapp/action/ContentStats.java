package org.wenming.miniapp.action;

/**
 * Counts of one item, live (not part of the cached public reads); {@code mine} only for a signed-in resident.
 */
record ContentStats(long contentId, long favourites, long likes, long views, Mine mine) {

    /** The resident's own state: favourited, liked, and where they stopped listening. */
    public record Mine(boolean favourited, boolean liked, Integer positionSeconds, Boolean completed) {}
}
