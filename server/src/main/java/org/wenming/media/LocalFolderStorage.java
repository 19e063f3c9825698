package org.wenming.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Media in a folder of the embedded default: {@code <root>/<first two hex digits>/<name>}, derived objects
 * under {@code <root>/<their folder>/<file>}. Objects are written to a temporary file and moved into place, so a
 * reader never sees half a file.
 */
public class LocalFolderStorage implements MediaStorage {

    private static final String TEMP_DIR = ".incoming";

    private final Path root;

    public LocalFolderStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The file of an existing object, so the web layer can hand it to the container's zero-copy path. */
    public Optional<Path> file(String name) {
        Path path = path(name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void put(String name, InputStream data, long size, String contentType) {
        Path target = path(name);
        Path temp = root.resolve(TEMP_DIR).resolve(UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(temp.getParent());
            Files.createDirectories(target.getParent());
            long copied = Files.copy(data, temp, StandardCopyOption.REPLACE_EXISTING);
            if (copied != size) {
                throw new IOException("Expected " + size + " bytes for " + name + " but read " + copied);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StorageUnavailableException("Cannot write " + name + " to " + root, e);
        }
    }

    @Override
    public Optional<StoredObject> stat(String name) {
        Path path = path(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return Optional.of(new StoredObject(
                    name, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailableException("Cannot read " + name, e);
        }
    }

    @Override
    public InputStream get(String name, long offset, long length) {
        Path path = path(name);
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new MissingObjectException(name);
        } catch (IOException e) {
            throw new StorageUnavailableException("Cannot read " + name, e);
        }
    }

    @Override
    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(Files.readAllBytes(path(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailableException("Cannot read " + name, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        if (!MediaKeys.isDerivedPrefix(prefix)) {
            throw new IllegalArgumentException("Not a derived object prefix: " + prefix);
        }
        String folder = prefix.substring(0, prefix.indexOf('/') + 1);
        Path directory = root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> folder + file.getFileName())
                    .filter(name -> name.startsWith(prefix) && MediaKeys.isDerivedName(name))
                    .flatMap(name -> stat(name).stream())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new StorageUnavailableException("Cannot list " + directory, e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            throw new StorageUnavailableException("Cannot delete " + name, e);
        }
    }

    @Override
    public void forEach(Consumer<StoredObject> visitor) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().getFileName().toString().equals(TEMP_DIR))
                    .map(file -> file.getFileName().toString())
                    .filter(MediaKeys::isObjectName)
                    .forEach(name -> stat(name).ifPresent(visitor));
        } catch (IOException | UncheckedIOException e) {
            throw new StorageUnavailableException("Cannot list " + root, e);
        }
    }

    private Path path(String name) {
        if (MediaKeys.isDerivedName(name)) {
            return root.resolve(name);
        }
        if (!MediaKeys.isObjectName(name)) {
            throw new IllegalArgumentException("Not a media object name: " + name);
        }
        return root.resolve(name.substring(0, 2)).resolve(name);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Left-over temporary files are harmless; the next write uses a new name.
        }
    }
}
