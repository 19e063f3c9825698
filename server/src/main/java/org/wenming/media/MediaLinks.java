package org.wenming.media;

import java.util.List;

/** Turns opaque media keys into the paths residents' clients fetch them from. */
public final class MediaLinks {

    public static final int LIST_THUMBNAIL_WIDTH = 320;

    private MediaLinks() {}

    public static String url(String key) {
        return key == null ? null : "/media/" + key;
    }

    /** A JPEG thumbnail of an image, no wider than {@code width} (one of wenming.media.thumbnail-widths). */
    public static String thumbnailUrl(String key, int width) {
        return key == null ? null : "/media/" + key + "/thumb/" + width;
    }

    /** The thumbnail residents' lists show (the smallest of the default widths). */
    public static String listThumbnailUrl(String key) {
        return thumbnailUrl(key, LIST_THUMBNAIL_WIDTH);
    }

    public static List<String> urls(List<String> keys) {
        return keys.stream().map(MediaLinks::url).toList();
    }
}
