package org.wenming.media;

import java.util.Optional;

/** Looks up stored media by key; the one way other features learn a file's size, hash, duration. */
public interface MediaCatalog {

    Optional<MediaInfo> find(String key);
}
