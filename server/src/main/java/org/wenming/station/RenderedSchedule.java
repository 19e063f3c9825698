package org.wenming.station;

import java.io.Serializable;
import java.util.Map;
import org.wenming.common.http.EncodedBody;

/** A schedule window serialised once: its JSON, its version, and each slot's M3U by slot id. */
record RenderedSchedule(EncodedBody json, String version, Map<String, EncodedBody> slotM3u) implements Serializable {}
