package org.wenming.station;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Identifies the calling station from its key: the {@code X-Station-Key} header, or the {@code key} query
 * parameter for players that cannot set headers, and notes the sighting ({@link StationSightings} writes
 * them in batches).
 */
@Component
class StationAuthenticator {

    static final String CACHE = "station-keys";
    public static final String HEADER = "X-Station-Key";

    private final StationDirectory directory;
    private final StationSightings sightings;

    public StationAuthenticator(StationDirectory directory, StationSightings sightings) {
        this.directory = directory;
        this.sightings = sightings;
    }

    public StationIdentity authenticate(HttpServletRequest request) {
        StationIdentity station = identify(request);
        sightings.note(station.id(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        return station;
    }

    /**
     * For heartbeats and receipts, a station's few reports of the day: it is marked seen in the database
     * before the answer goes out. Polls, the bulk, are noted and written in batches.
     */
    public StationIdentity authenticateAndMarkSeen(HttpServletRequest request) {
        StationIdentity station = identify(request);
        sightings.writeNow(station.id(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        return station;
    }

    private StationIdentity identify(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (!StringUtils.hasText(key)) {
            key = request.getParameter("key");
        }
        if (!StringUtils.hasText(key)) {
            throw new ApiException(ErrorCode.STATION_KEY_MISSING, "缺少广播站密钥（请求头 X-Station-Key 或参数 key）");
        }
        StationIdentity station = key.length() > 200 ? null : directory.findByKeyHash(StationKeys.hash(key.strip()));
        if (station == null) {
            throw new ApiException(ErrorCode.STATION_KEY_INVALID);
        }
        if (!station.enabled()) {
            throw new ApiException(ErrorCode.STATION_DISABLED);
        }
        return station;
    }
}
