package org.wenming.miniapp.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;

/** Posters as {@code <contentId>-<fingerprint>.png} under {@code ${wenming.data-dir}/share-posters}. */
@Component
class LocalSharePosterStore implements SharePosterStore {

    private final Path folder;

    LocalSharePosterStore(WenmingProperties properties) {
        this.folder = Path.of(properties.dataDir(), "share-posters");
    }

    @Override
    public Optional<byte[]> find(long contentId, String fingerprint) {
        Path file = folder.resolve(name(contentId, fingerprint));
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read share poster " + file, e);
        }
    }

    @Override
    public void save(long contentId, String fingerprint, byte[] png) {
        String name = name(contentId, fingerprint);
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "poster", ".tmp");
            Files.write(temp, png);
            Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (DirectoryStream<Path> older = Files.newDirectoryStream(folder, contentId + "-*.png")) {
                for (Path file : older) {
                    if (!file.getFileName().toString().equals(name)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store share poster " + name, e);
        }
    }

    private static String name(long contentId, String fingerprint) {
        return contentId + "-" + fingerprint + ".png";
    }
}
