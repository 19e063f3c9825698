package org.wenming.miniapp.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;
import org.wenming.media.LocalFolderStorage;
import org.wenming.media.MediaStorage;

/**
 * Moves residents' images that an older release kept in {@code ${wenming.data-dir}/resident-images/<key>} into
 * media storage, where {@link ResidentImageStore} now reads them, and drops the old share-poster folder, which
 * was only a cache (posters are drawn again on demand). Run on every start; once the old folders are gone it only
 * checks that they do not exist.
 *
 * <p>Several instances may start at once over the same data folder: storing the same bytes twice under the same
 * key is harmless, and a file that another instance moved first is simply skipped.
 */
@Component
public class ResidentImageFolderUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ResidentImageFolderUpgrade.class);

    private final MediaStorage storage;
    private final Path imageFolder;
    private final Path posterFolder;

    @Autowired
    public ResidentImageFolderUpgrade(MediaStorage storage, WenmingProperties properties) {
        this(storage, Path.of(properties.dataDir()));
    }

    ResidentImageFolderUpgrade(MediaStorage storage, Path dataDir) {
        this.storage = storage;
        this.imageFolder = dataDir.resolve("resident-images");
        this.posterFolder = dataDir.resolve("share-posters");
    }

    /**
     * Never fails the start: when storage cannot be reached, the files stay where they are and the next start
     * moves them.
     */
    public void run() {
        try {
            moveImages();
        } catch (MediaStorage.StorageUnavailableException | UncheckedIOException e) {
            log.warn(
                    "Residents' images in {} not moved into media storage (the next start tries again): {}",
                    imageFolder,
                    e.getMessage());
        }
        try {
            deletePosters(posterFolder);
        } catch (UncheckedIOException e) {
            log.warn("Old share posters in {} not deleted: {}", posterFolder, e.getMessage());
        }
    }

    private void moveImages() {
        if (!Files.isDirectory(imageFolder)) {
            return;
        }
        int moved = 0;
        int left = 0;
        for (Path file : files(imageFolder)) {
            String key = file.getFileName().toString();
            Optional<ResidentImage.Type> type = ResidentImageStore.typeOf(key);
            if (type.isEmpty() || !Files.isRegularFile(file)) {
                left++;
            } else if (move(file, key, type.get())) {
                moved++;
            }
        }
        deleteIfEmpty(imageFolder);
        if (moved > 0 || left > 0) {
            log.info(
                    "Moved {} residents' images from {} into media storage; left {} other files there",
                    moved,
                    imageFolder,
                    left);
        }
    }

    /** Whether this instance removed the file after making sure storage holds the image. */
    private boolean move(Path file, String key, ResidentImage.Type type) {
        String name = ResidentImageStore.objectName(key);
        if (storage.stat(name).isPresent()) {
            if (isStoredFile(name, file)) {
                // Local storage rooted at the data folder already keeps the image in exactly this file.
                return false;
            }
        } else {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return false; // another instance moved it
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            storage.put(name, new ByteArrayInputStream(bytes), bytes.length, type.contentType());
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    private boolean isStoredFile(String name, Path file) {
        if (!(storage instanceof LocalFolderStorage local)) {
            return false;
        }
        try {
            Optional<Path> stored = local.file(name);
            return stored.isPresent() && Files.isSameFile(stored.get(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare " + file + " with stored " + name, e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (NoSuchFileException e) {
            return List.of(); // another instance emptied and removed it
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // What is not ours stays, for whoever put it there to look at.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    /** The old poster folder held only {@code <contentId>-<fingerprint>.png} files and their temporary files. */
    private static void deletePosters(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        int deleted = 0;
        for (Path file : files(folder)) {
            try {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + file, e);
            }
        }
        deleteIfEmpty(folder);
        log.info("Deleted {} old share posters (a cache) from {}", deleted, folder);
    }
}
