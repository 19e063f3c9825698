package org.wenming.media;

/**
 * A ready rendition of an uploaded audio, as stations and residents' clients fetch it.
 *
 * @param url             path under the public base URL ({@code /media/<key>/renditions/station.mp3})
 * @param durationSeconds the rendition's own length, rounded to the second
 */
public record Rendition(String url, String contentType, long sizeBytes, String sha256, int durationSeconds) {}
