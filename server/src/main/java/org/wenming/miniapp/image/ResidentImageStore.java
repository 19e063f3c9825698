package org.wenming.miniapp.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.media.CleanImage;
import org.wenming.media.MediaService;
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
    private final MediaService media;

    public ResidentImageStore(MediaStorage storage, MediaService media) {
        this.storage = storage;
        this.media = media;
    }

    /**
     * Reads an upload through the same inspection as editors' images and re-encodes it (dropping EXIF and
     * anything hidden); empty, oversized, disguised and damaged files are refused with a problem residents
     * understand, before anything is stored.
     */
    public ResidentImage accept(MultipartFile file, long maxBytes, String what) {
        if (file == null || file.isEmpty()) {
            throw new ApiException(ErrorCode.MISSING_PARAMETER, "请上传" + what);
        }
        if (file.getSize() > maxBytes) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, what + "不能超过 " + maxBytes / 1024 / 1024 + " MB");
        }
        CleanImage clean;
        try (InputStream in = file.getInputStream()) {
            clean = media.cleanImage(in, maxBytes);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, what + "读取失败，请重新上传");
        }
        return new ResidentImage(clean.bytes(), ResidentImage.Type.ofExtension(clean.extension()));
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
