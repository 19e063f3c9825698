package org.wenming.station;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A playlist serialised once, as JSON and as M3U, with the strong ETag of each body. */
record RenderedPlaylist(byte[] json, String jsonEtag, byte[] m3u, String m3uEtag, List<OffsetDateTime> changesAt)
        implements Serializable {}
