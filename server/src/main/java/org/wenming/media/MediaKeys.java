package org.wenming.media;

import java.util.regex.Pattern;

/**
 * Media keys are the lowercase SHA-256 hex of the bytes, a dot and the canonical extension. Thumbnails are
 * not media keys: they are stored as {@code <sha>.t<width>.jpg} objects and served at
 * {@code /media/{key}/thumb/{width}}.
 */
final class MediaKeys {

    public static final Pattern KEY = Pattern.compile("[0-9a-f]{64}\\.(mp3|m4a|wav|png|jpg|webp)");
    private static final Pattern OBJECT_NAME = Pattern.compile("[0-9a-f]{64}(\\.t[0-9]{2,4})?\\.[a-z0-9]{3,4}");
    private static final String FOLDER = "[a-z][a-z-]{2,30}/";
    private static final Pattern DERIVED_NAME =
            Pattern.compile(FOLDER + "[a-z0-9][a-z0-9-]{0,100}\\.(png|jpg|mp3|m4a)");
    private static final Pattern DERIVED_PREFIX = Pattern.compile(FOLDER + "[a-z0-9-]{0,100}");

    private MediaKeys() {}

    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** Media object names: a key, or a key's thumbnail; nothing else (no slashes, no dots of their own). */
    static boolean isObjectName(String name) {
        return name != null && OBJECT_NAME.matcher(name).matches();
    }

    /**
     * Names of objects derived and kept beside the media (share posters, residents' images, audio renditions):
     * a folder of their own and a file name, one slash, no dots but the extension's. They are not media keys:
     * nothing serves them at {@code /media/}, and the janitor never visits them.
     */
    static boolean isDerivedName(String name) {
        return name != null && DERIVED_NAME.matcher(name).matches();
    }

    /** The start of derived names that {@link MediaStorage#list} takes: a folder and the start of a file name. */
    static boolean isDerivedPrefix(String prefix) {
        return prefix != null && DERIVED_PREFIX.matcher(prefix).matches();
    }

    /** Whatever storage accepts: a media object or a derived object. */
    static boolean isStorableName(String name) {
        return isObjectName(name) || isDerivedName(name);
    }

    static String sha(String key) {
        return key.substring(0, 64);
    }

    static String thumbnailName(String key, int width) {
        return sha(key) + ".t" + width + ".jpg";
    }

    /** The hash an object belongs to: a key's own object and its thumbnails share it. */
    static String shaOfObject(String name) {
        return name.substring(0, 64);
    }
}
