package org.wenming.media;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Placeholder until the media store lands: knows no stored object. */
@Component
class UnknownMediaCatalog implements MediaCatalog {

    @Override
    public Optional<MediaInfo> find(String key) {
        return Optional.empty();
    }
}
