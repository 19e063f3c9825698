package org.wenming.station;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.wenming.common.http.EncodedBody;

/** A playlist serialised once, as JSON and as M3U, each with its gzip and ETags. */
record RenderedPlaylist(EncodedBody json, EncodedBody m3u, List<OffsetDateTime> changesAt) implements Serializable {}
