package org.wenming.station;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.wenming.common.config.PublicBaseUrl;

/**
 * The playlist addresses handed out with a new key (without it, for players that send it as a header, and
 * with it as {@code ?key=} for those that cannot), built on {@link PublicBaseUrl} (the configured address,
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
        String m3u = playlist + ".m3u";
        return new IssuedKey(station, key, StationAuthenticator.HEADER, playlist, m3u, playlist + query, m3u + query);
    }
}
