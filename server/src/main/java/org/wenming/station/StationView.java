package org.wenming.station;

import java.time.LocalDateTime;

/** A station as the console shows it; never carries the key or its hash. */
record StationView(
        long id,
        String code,
        String name,
        long orgUnitId,
        String orgUnitName,
        DeviceType deviceType,
        String deviceTypeLabel,
        String timeZone,
        boolean enabled,
        String keyHint,
        LocalDateTime keyRotatedAt,
        LocalDateTime lastSeenAt,
        String lastSeenIp,
        String lastAgent) {

    static StationView of(Station s, String orgUnitName) {
        return new StationView(
                s.getId(),
                s.getCode(),
                s.getName(),
                s.getOrgUnitId(),
                orgUnitName,
                s.getDeviceType(),
                s.getDeviceType().label(),
                s.getTimeZone(),
                Boolean.TRUE.equals(s.getEnabled()),
                s.getKeyHint(),
                s.getKeyRotatedAt(),
                s.getLastSeenAt(),
                s.getLastSeenIp(),
                s.getLastAgent());
    }
}
