package org.wenming.station;

/**
 * A station with its new key: the only time the key is ever shown. Players should fetch {@code playlistUrl}
 * (JSON) or {@code m3uUrl} sending the key in the {@code keyHeader} request header, so it stays out of
 * addresses and the logs of every proxy on the way; the {@code ...WithKey} addresses carry it as {@code ?key=},
 * only for players that cannot set a header.
 */
record IssuedKey(
        StationView station,
        String key,
        String keyHeader,
        String playlistUrl,
        String m3uUrl,
        String playlistUrlWithKey,
        String m3uUrlWithKey) {}
