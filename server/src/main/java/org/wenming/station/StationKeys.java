package org.wenming.station;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Station keys: 32 random bytes, shown once. They are stored as SHA-256 (a fast hash is enough for a
 * random 256-bit secret, and lets 10,000 stations poll without a slow password hash per request).
 */
final class StationKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "wms_";

    private StationKeys() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first characters after the prefix, shown in the console so an admin can tell keys apart. */
    static String hint(String key) {
        return key.substring(PREFIX.length(), PREFIX.length() + 6);
    }
}
