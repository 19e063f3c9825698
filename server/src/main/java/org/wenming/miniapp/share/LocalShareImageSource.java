package org.wenming.miniapp.share;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;

/** Reads {@code /media/<key>} from {@code ${wenming.data-dir}/media/<key>}. */
@Component
class LocalShareImageSource implements ShareImageSource {

    private static final String PREFIX = "/media/";
    private static final Logger log = LoggerFactory.getLogger(LocalShareImageSource.class);

    private final Path folder;

    LocalShareImageSource(WenmingProperties properties) {
        this.folder = Path.of(properties.dataDir(), "media").toAbsolutePath().normalize();
    }

    @Override
    public Optional<BufferedImage> load(String mediaUrl) {
        if (mediaUrl == null || !mediaUrl.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Path file = folder.resolve(mediaUrl.substring(PREFIX.length())).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            log.info("Cover {} is not a readable image: {}", mediaUrl, e.getMessage());
            return Optional.empty();
        }
    }
}
