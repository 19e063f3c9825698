package org.wenming.miniapp.share;

import java.util.Optional;

/**
 * Rendered share posters, cached until the content they show changes. A port: the embedded default keeps them
 * in a local folder; the product's media store can back it instead without changing the callers.
 */
public interface SharePosterStore {

    /** The poster of this content rendered from exactly this input (the fingerprint), if stored. */
    Optional<byte[]> find(long contentId, String fingerprint);

    /** Stores a poster and forgets the content's older ones, which no longer match it. */
    void save(long contentId, String fingerprint, byte[] png);
}
