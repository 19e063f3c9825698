package org.wenming.media;

/** What other features need to know about a stored media object. */
public record MediaInfo(
        String key,
        String contentType,
        long sizeBytes,
        String sha256,
        Integer durationSeconds,
        Integer bitrateKbps,
        Integer width,
        Integer height) {

    public boolean isAudio() {
        return contentType.startsWith("audio/");
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
