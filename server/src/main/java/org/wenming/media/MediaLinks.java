package org.wenming.media;

import java.util.List;
import java.util.Optional;

/** Turns opaque media keys into the paths residents' clients fetch them from. */
public final class MediaLinks {

    public static final int LIST_THUMBNAIL_WIDTH = 320;

    /** The Content-Security-Policy of every uploaded file served: nothing loads, scripts never run. */
    public static final String SANDBOX_POLICY = "default-src 'none'; sandbox";

    private static final String PREFIX = "/media/";

    private MediaLinks() {}

    public static String url(String key) {
        return key == null ? null : PREFIX + key;
    }

    /**
     * The key of a URL {@link #url} made, on its own or behind the public base URL, for features that hold
     * only the public URL of an item's media.
     */
    public static Optional<String> keyOf(String url) {
        int at = url == null ? -1 : url.indexOf(PREFIX);
        if (at < 0 || (at > 0 && !url.substring(0, at).matches("https?://[^/]+(/.*)?"))) {
            return Optional.empty();
        }
        String key = url.substring(at + PREFIX.length());
        return MediaKeys.isKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** A JPEG thumbnail of an image, no wider than {@code width} (one of wenming.media.thumbnail-widths). */
    public static String thumbnailUrl(String key, int width) {
        return key == null ? null : PREFIX + key + "/thumb/" + width;
    }

    /** The thumbnail residents' lists show (the smallest of the default widths). */
    public static String listThumbnailUrl(String key) {
        return thumbnailUrl(key, LIST_THUMBNAIL_WIDTH);
    }

    public static List<String> urls(List<String> keys) {
        return keys.stream().map(MediaLinks::url).toList();
    }
}
