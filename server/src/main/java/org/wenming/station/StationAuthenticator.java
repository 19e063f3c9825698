package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Identifies the calling station from its key: the {@code X-Station-Key} header, or the {@code key} query
 * parameter for players that cannot set headers. Also records when a station was last seen, at most once
 * a minute per station and instance, so 10,000 polling stations do not turn into 10,000 writes.
 */
@Component
class StationAuthenticator {

    static final String CACHE = "station-keys";
    public static final String HEADER = "X-Station-Key";
    private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final StationDirectory directory;
    private final StationMapper mapper;
    private final Clock clock;
    private final Map<Long, Instant> lastRecorded = new ConcurrentHashMap<>();

    public StationAuthenticator(StationDirectory directory, StationMapper mapper, Clock clock) {
        this.directory = directory;
        this.mapper = mapper;
        this.clock = clock;
    }

    public StationIdentity authenticate(HttpServletRequest request) {
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
        recordSeen(station, request);
        return station;
    }

    private void recordSeen(StationIdentity station, HttpServletRequest request) {
        Instant now = clock.instant();
        Instant previous = lastRecorded.get(station.id());
        if (previous != null && previous.plus(SEEN_RESOLUTION).isAfter(now)) {
            return;
        }
        lastRecorded.put(station.id(), now);
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        mapper.update(new LambdaUpdateWrapper<Station>()
                .eq(Station::getId, station.id())
                .set(Station::getLastSeenAt, LocalDateTime.now(clock))
                .set(Station::getLastSeenIp, request.getRemoteAddr())
                .set(Station::getLastAgent, agent == null ? null : agent.substring(0, Math.min(agent.length(), 200))));
    }
}
