package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Finds the station of a key hash. Cached in the profile's shared cache (Redis in production) so polling
 * costs no database read; every change of a station clears it.
 */
@Component
class StationDirectory {

    private final StationMapper mapper;

    StationDirectory(StationMapper mapper) {
        this.mapper = mapper;
    }

    @Cacheable(cacheNames = StationAuthenticator.CACHE, key = "#keyHash", unless = "#result == null")
    public StationIdentity findByKeyHash(String keyHash) {
        Station station = mapper.selectOne(new LambdaQueryWrapper<Station>().eq(Station::getKeyHash, keyHash));
        return station == null
                ? null
                : new StationIdentity(
                        station.getId(),
                        station.getCode(),
                        station.getName(),
                        station.getOrgUnitId(),
                        station.getTimeZone(),
                        Boolean.TRUE.equals(station.getEnabled()));
    }
}
