package org.wenming.station;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where players reach this server: {@code WENMING_PUBLIC_BASE_URL} when set (behind a proxy or a public
 * name), otherwise the address of the request being served. Used for the media links inside playlists and
 * for the playlist addresses handed out with a new key.
 */
@Component
class StationAddresses {

    private final StationProperties settings;

    StationAddresses(StationProperties settings) {
        this.settings = settings;
    }

    String base() {
        if (StringUtils.hasText(settings.publicBaseUrl())) {
            return settings.publicBaseUrl().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    IssuedKey issued(StationView station, String key) {
        String query = "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        String playlist = base() + "/api/station/v1/playlist";
        return new IssuedKey(station, key, playlist + query, playlist + ".m3u" + query);
    }
}
