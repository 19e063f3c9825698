package org.wenming.station;

import java.io.Serializable;
import java.time.ZoneId;

/** The station a request's key belongs to, as the station API needs it (cached by key hash). */
record StationIdentity(long id, String code, String name, long orgUnitId, String timeZone, boolean enabled)
        implements Serializable {

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
