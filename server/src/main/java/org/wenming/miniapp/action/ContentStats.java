package org.wenming.miniapp.action;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Counts of one item, live (not part of the cached public reads); {@code mine} only for a signed-in resident.
 */
@Schema(name = "ResidentContentStats")
record ContentStats(long contentId, long favourites, long likes, long views, Mine mine) {

    /** The resident's own state: favourited, liked, and where they stopped listening. */
    @Schema(name = "ResidentContentState")
    public record Mine(boolean favourited, boolean liked, Integer positionSeconds, Boolean completed) {}
}
