package org.wenming.station;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.wenming.common.config.PublicBaseUrl;

/**
 * The playlist addresses handed out with a new key, built on {@link PublicBaseUrl} (the configured address,
 * else the one of the request being served), as the media links inside playlists are.
 */
@Component
class StationAddresses {

    private final PublicBaseUrl publicBaseUrl;

    StationAddresses(PublicBaseUrl publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    IssuedKey issued(StationView station, String key) {
        String query = "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        String playlist = publicBaseUrl.get() + "/api/station/v1/playlist";
        return new IssuedKey(station, key, playlist + query, playlist + ".m3u" + query);
    }
}
