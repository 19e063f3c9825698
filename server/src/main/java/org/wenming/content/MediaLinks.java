package org.wenming.content;

import java.util.List;

/** Turns opaque media keys into the paths residents' clients fetch them from. */
public final class MediaLinks {

    private MediaLinks() {
    }

    public static String url(String key) {
        return key == null ? null : "/media/" + key;
    }

    public static List<String> urls(List<String> keys) {
        return keys.stream().map(MediaLinks::url).toList();
    }
}
