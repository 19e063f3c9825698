package org.wenming.miniapp.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;

/** Keeps residents' images under {@code ${wenming.data-dir}/resident-images}. */
@Component
class LocalResidentImageStore implements ResidentImageStore {

    /** Keys are generated here; anything else is refused, so a key can never point outside the folder. */
    private static final Pattern KEY = Pattern.compile("^[a-z]{1,20}-[0-9a-f]{32}\\.(png|jpg)$");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    LocalResidentImageStore(WenmingProperties properties) {
        this.folder = Path.of(properties.dataDir(), "resident-images");
    }

    @Override
    public String save(String prefix, ResidentImage image) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = prefix + "-" + HexFormat.of().formatHex(random) + "."
                + image.type().extension();
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "upload", ".tmp");
            Files.write(temp, image.bytes());
            Files.move(temp, folder.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store resident image", e);
        }
        return key;
    }

    @Override
    public Optional<ResidentImage> load(String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(key);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            ResidentImage.Type type = ResidentImage.Type.ofExtension(matcher.group(1));
            return Optional.of(new ResidentImage(Files.readAllBytes(file), type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resident image " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        if (KEY.matcher(key).matches()) {
            try {
                Files.deleteIfExists(folder.resolve(key));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete resident image " + key, e);
            }
        }
    }
}
