package org.wenming.media;

import java.util.Arrays;
import java.util.Optional;

/** The renditions every uploaded audio gets, with where each is stored and served. */
enum RenditionKind {
    /** What stations play: one MP3 format, levelled. */
    STATION("station", "mp3", "audio/mpeg"),
    /** What residents on mobile networks may fetch: a small M4A, index first. */
    LIGHT("light", "m4a", "audio/mp4");

    private final String path;
    private final String extension;
    private final String contentType;

    RenditionKind(String path, String extension, String contentType) {
        this.path = path;
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The derived object in media storage: {@code renditions/<sha>-station.mp3}. */
    String objectName(String key) {
        return "renditions/" + MediaKeys.sha(key) + "-" + path + "." + extension;
    }

    /** Ends with the file's extension: players (ffmpeg's HLS reader among them) go by it. */
    String url(String key) {
        return MediaLinks.url(key) + "/renditions/" + fileName();
    }

    private String fileName() {
        return path + "." + extension;
    }

    String contentType() {
        return contentType;
    }

    static Optional<RenditionKind> ofFileName(String fileName) {
        return Arrays.stream(values())
                .filter(k -> k.fileName().equals(fileName))
                .findFirst();
    }
}
