package org.wenming.miniapp.image;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.wenming.media.MediaStorage;

/**
 * Where images that residents upload (handwriting photos, avatars) are kept: media storage, under
 * {@code resident-images/<key>}, so every instance serves the same photos. Keys are random and unguessable,
 * because WeChat's media check must fetch a photo before anyone approved it.
 */
@Component
public class ResidentImageStore {

    /** Keys are generated here; anything else is refused, so a key can never name another object. */
    private static final Pattern KEY = Pattern.compile("^[a-z]{1,20}-[0-9a-f]{32}\\.(png|jpg)$");

    private static final String FOLDER = "resident-images/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaStorage storage;

    public ResidentImageStore(MediaStorage storage) {
        this.storage = storage;
    }

    /** Stores the image and answers its key. */
    public String save(String prefix, ResidentImage image) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = prefix + "-" + HexFormat.of().formatHex(random) + "."
                + image.type().extension();
        byte[] bytes = image.bytes();
        storage.put(
                FOLDER + key,
                new ByteArrayInputStream(bytes),
                bytes.length,
                image.type().contentType());
        return key;
    }

    public Optional<ResidentImage> load(String key) {
        return typeOf(key).flatMap(type -> storage.read(FOLDER + key).map(bytes -> new ResidentImage(bytes, type)));
    }

    public void delete(String key) {
        if (KEY.matcher(key).matches()) {
            storage.delete(FOLDER + key);
        }
    }

    /** The type of image a key names; empty when it is not a key this store makes. */
    static Optional<ResidentImage.Type> typeOf(String key) {
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() ? Optional.of(ResidentImage.Type.ofExtension(matcher.group(1))) : Optional.empty();
    }

    /** The name in media storage of the image with this (valid) key. */
    static String objectName(String key) {
        return FOLDER + key;
    }
}
