package org.wenming.station;

/**
 * A station with its new key: the only time the key is ever shown, with the playlist addresses (JSON and
 * M3U) a player can be configured with as they are.
 */
record IssuedKey(StationView station, String key, String playlistUrl, String m3uUrl) {}
