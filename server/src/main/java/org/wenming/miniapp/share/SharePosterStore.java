package org.wenming.miniapp.share;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wenming.media.MediaStorage;

/**
 * Rendered share posters, cached until the content they show changes: in media storage as
 * {@code share-posters/<contentId>-<fingerprint>.png}, so a poster is rendered once for every instance.
 */
@Component
class SharePosterStore {

    private static final String FOLDER = "share-posters/";

    private final MediaStorage storage;

    SharePosterStore(MediaStorage storage) {
        this.storage = storage;
    }

    /** The poster of this content rendered from exactly this input (the fingerprint), if stored. */
    Optional<byte[]> find(long contentId, String fingerprint) {
        return storage.read(name(contentId, fingerprint));
    }

    /** Stores a poster and forgets the content's older ones, which no longer match it. */
    void save(long contentId, String fingerprint, byte[] png) {
        String name = name(contentId, fingerprint);
        storage.put(name, new ByteArrayInputStream(png), png.length, "image/png");
        storage.list(FOLDER + contentId + "-").stream()
                .map(MediaStorage.StoredObject::name)
                .filter(older -> !older.equals(name))
                .forEach(storage::delete);
    }

    private static String name(long contentId, String fingerprint) {
        return FOLDER + contentId + "-" + fingerprint + ".png";
    }
}
