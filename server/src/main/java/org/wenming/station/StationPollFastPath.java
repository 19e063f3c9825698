package org.wenming.station;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.wenming.common.http.FastLane;
import org.wenming.common.http.FastRead;

/**
 * Stations' polls of their playlist (JSON, M3U) and schedule v2 in the {@link FastLane}: every box repeats
 * one of them every few minutes and nearly all answer 304, so the filter chain and MVC's binding were most of
 * a poll's cost. Only the plain spelling is taken (GET, the key in its header, no query parameters); it is
 * answered by the very controller method MVC would call with those parameters absent, so both ways give the
 * same answer, the sighting included. Errors (an unknown key, a disabled station) are left to the chain,
 * which reports them.
 */
@Component
class StationPollFastPath implements FastRead {

    private static final String BASE = "/api/station/v1";
    private static final String PLAYLIST = BASE + "/playlist";
    private static final String PLAYLIST_M3U = BASE + "/playlist.m3u";
    private static final String SCHEDULE = BASE + "/schedule";

    private final StationApiController playlists;
    private final StationScheduleController schedules;

    StationPollFastPath(StationApiController playlists, StationScheduleController schedules) {
        this.playlists = playlists;
        this.schedules = schedules;
    }

    @Override
    public Answer read(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod())
                || request.getQueryString() != null
                || !request.getParameterMap().isEmpty()
                || request.getHeader(StationAuthenticator.HEADER) == null
                || !request.getContextPath().isEmpty()) {
            return null;
        }
        String path = request.getRequestURI();
        ResponseEntity<byte[]> answer = switch (path) {
            case PLAYLIST -> playlists.json(null, request);
            case PLAYLIST_M3U -> playlists.m3u(null, request);
            case SCHEDULE -> schedules.schedule(null, null, request);
            default -> null;
        };
        return answer == null ? null : new Answer(path, answer);
    }
}
