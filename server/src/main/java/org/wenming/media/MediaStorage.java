package org.wenming.media;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one port to where media bytes live (a local folder on the embedded default, MinIO in production).
 * Names are media objects ({@link MediaKeys#isObjectName}) or objects other features derive and keep here
 * ({@link MediaKeys#isDerivedName}, such as {@code share-posters/12-ab34.png}), so every instance of the
 * application sees the same ones. Every failure to reach the store is a {@link StorageUnavailableException}, so
 * callers answer 503 and keep their own state consistent.
 */
public interface MediaStorage {

    /** Stores {@code size} bytes read from {@code data} under {@code name}; visible only once complete. */
    void put(String name, InputStream data, long size, String contentType);

    Optional<StoredObject> stat(String name);

    /** {@code length} bytes from {@code offset}; the caller closes the stream. Missing: MissingObjectException. */
    InputStream get(String name, long offset, long length);

    /** The whole object in memory, for small ones (posters, residents' images, a cover to draw); empty if missing. */
    Optional<byte[]> read(String name);

    /** Derived objects whose names start with {@code prefix} ({@link MediaKeys#isDerivedPrefix}). */
    List<StoredObject> list(String prefix);

    /** Removes the object; removing a missing object is not an error. */
    void delete(String name);

    /** Visits every stored media object (keys and thumbnails, not derived objects), for the janitor. */
    void forEach(Consumer<StoredObject> visitor);

    /**
     * Aborts uploads begun before {@code startedBefore} that never completed (S3 multipart uploads); answers
     * the names they were for. A store that writes in one step has none.
     */
    default List<String> abortStaleUploads(Instant startedBefore) {
        return List.of();
    }

    /** Where clients may fetch the object directly instead of through the application, if configured. */
    default Optional<URI> directUrl(String name) {
        return Optional.empty();
    }

    record StoredObject(String name, long size, Instant lastModified) {}

    class StorageUnavailableException extends RuntimeException {
        public StorageUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    class MissingObjectException extends RuntimeException {
        public MissingObjectException(String name) {
            super("No stored object " + name);
        }
    }
}
