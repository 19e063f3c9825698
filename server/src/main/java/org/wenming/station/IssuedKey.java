package org.wenming.station;

/** A station with its new key: the only time the key is ever shown. */
public record IssuedKey(StationView station, String key) {
}
