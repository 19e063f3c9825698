package org.wenming.media;

import java.util.Map;

/** What an upload is for, and so which types the bytes may be (decided from the bytes, never the name). */
public enum MediaUse {
    AUDIO(Map.of(
            "audio/mpeg",
            "mp3",
            "audio/mp4",
            "m4a",
            "audio/x-m4a",
            "m4a",
            "audio/vnd.wave",
            "wav",
            "audio/wav",
            "wav",
            "audio/x-wav",
            "wav")),
    IMAGE(Map.of("image/png", "png", "image/jpeg", "jpg", "image/webp", "webp"));

    private final Map<String, String> extensions;

    MediaUse(Map<String, String> extensions) {
        this.extensions = extensions;
    }

    /** The canonical extension of a detected type, or null when this use does not allow it. */
    String extensionOf(String detectedType) {
        return extensions.get(detectedType);
    }

    static String canonicalType(String extension) {
        return switch (extension) {
            case "mp3" -> "audio/mpeg";
            case "m4a" -> "audio/mp4";
            case "wav" -> "audio/wav";
            case "png" -> "image/png";
            case "jpg" -> "image/jpeg";
            case "webp" -> "image/webp";
            default -> throw new IllegalArgumentException("Unknown media extension " + extension);
        };
    }
}
