package org.wenming.miniapp.image;

import java.util.Optional;

/**
 * Where images that residents upload (handwriting photos, avatars) are kept. A port: the embedded default
 * keeps them in a local folder; the media store of the product can back it instead without changing callers.
 * Keys are random and unguessable, because WeChat's media check must fetch a photo before anyone approved it.
 */
public interface ResidentImageStore {

    /** Stores the image and answers its key. */
    String save(String folder, ResidentImage image);

    Optional<ResidentImage> load(String key);

    void delete(String key);
}
