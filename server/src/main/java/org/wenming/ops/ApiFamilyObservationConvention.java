package org.wenming.ops;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags every {@code http.server.requests} timer with the API family of its path (admin, mini, station,
 * media, wx, console, actuator, other), so request rate and latency can be charted per family.
 */
@Component
class ApiFamilyObservationConvention extends DefaultServerRequestObservationConvention {

    static final String KEY = "api.family";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of(KEY, family(context.getCarrier().getRequestURI())));
    }

    static String family(String path) {
        if (path == null) {
            return "other";
        }
        if (path.startsWith("/api/admin/")) {
            return "admin";
        }
        if (path.startsWith("/api/mini/")) {
            return "mini";
        }
        if (path.startsWith("/api/station/")) {
            return "station";
        }
        if (path.startsWith("/media/")) {
            return "media";
        }
        if (path.startsWith("/wx/")) {
            return "wx";
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return "console";
        }
        if (path.startsWith("/actuator")) {
            return "actuator";
        }
        return "other";
    }
}
