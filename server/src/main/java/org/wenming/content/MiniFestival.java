package org.wenming.content;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wenming.festival.FestivalDate;

/**
 * A festival of the calendar as the mini program lists it: the festival's own fields, how many visible
 * items {@code contents?festival=<code>} lists for it, and a cover (its newest item's image, else the
 * festival's generated cover).
 */
record MiniFestival(
        @JsonUnwrapped FestivalDate festival,
        long itemCount,
        String coverUrl,
        Integer coverWidth,
        Integer coverHeight) {

    static MiniFestival of(FestivalDate festival, long itemCount, PublicImage cover) {
        return new MiniFestival(festival, itemCount, cover.url(), cover.width(), cover.height());
    }
}
