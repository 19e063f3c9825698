package org.wenming.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Multipart uploads noted in memory, for tests that build a {@link MinioStorage} without a database. */
public final class RecordedUploads implements MultipartUploads {

    private record Noted(String objectName, Instant startedAt) {}

    private final Map<String, Noted> open = new ConcurrentHashMap<>();
    private final Map<String, String> begun = new ConcurrentHashMap<>();

    @Override
    public void begun(String uploadId, String objectName, Instant startedAt) {
        open.put(uploadId, new Noted(objectName, startedAt));
        begun.put(objectName, uploadId);
    }

    @Override
    public void ended(String uploadId) {
        open.remove(uploadId);
    }

    @Override
    public List<Upload> startedBefore(Instant cutoff) {
        return open.entrySet().stream()
                .filter(entry -> entry.getValue().startedAt().isBefore(cutoff))
                .map(entry -> new Upload(entry.getKey(), entry.getValue().objectName()))
                .toList();
    }

    /** The id of the last upload begun for this object, ended or not. */
    String uploadIdOf(String objectName) {
        return begun.get(objectName);
    }

    boolean isOpen(String uploadId) {
        return open.containsKey(uploadId);
    }
}
