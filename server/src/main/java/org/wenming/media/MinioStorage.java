package org.wenming.media;

import com.google.common.collect.ImmutableMultimap;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import io.minio.messages.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media in a MinIO (or any S3) bucket, path-style. The bucket is created on start when missing; if MinIO is
 * down then, the first write tries again, so the application starts and serves everything else.
 */
public class MinioStorage implements MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(MinioStorage.class);
    /** Multipart part size: the client buffers one part, so this bounds the heap an upload needs. */
    private static final long PART_SIZE = 5L * 1024 * 1024;

    private final MinioClient client;
    private final MinioAsyncClient uploads;
    private final MultipartUploads inProgress;
    private final MediaProperties.Minio settings;
    private volatile boolean bucketReady;

    public MinioStorage(MediaProperties.Minio settings, MultipartUploads inProgress) {
        this.settings = settings;
        this.inProgress = inProgress;
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint())
                .credentials(settings.accessKey(), settings.secretKey())
                .region(settings.region())
                .httpClient(http)
                .build();
        // Multipart uploads step by step (so a failed one can be aborted) are public only on the asynchronous client.
        this.uploads = MinioAsyncClient.builder()
                .endpoint(settings.endpoint())
                .credentials(settings.accessKey(), settings.secretKey())
                .region(settings.region())
                .httpClient(http)
                .build();
    }

    /** Creates the bucket if it is missing; logs instead of failing when MinIO cannot be reached yet. */
    public void ensureBucketOnStart() {
        try {
            ensureBucket();
        } catch (StorageUnavailableException e) {
            log.warn(
                    "MinIO at {} is not reachable yet; bucket {} will be checked on the first upload",
                    settings.endpoint(),
                    settings.bucket());
        }
    }

    @Override
    public void put(String name, InputStream data, long size, String contentType) {
        check(name);
        ensureBucket();
        if (size > PART_SIZE) {
            putInParts(name, data, size, contentType);
            return;
        }
        try {
            client.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(name).stream(data, size, -1)
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot store " + name + " in MinIO", e);
        }
    }

    /**
     * A multipart upload noted in {@link MultipartUploads} from its start to its end, and aborted when any part
     * fails, so a failed upload leaves no parts; one the abort could not reach (or whose instance died) the
     * janitor aborts later through the note.
     */
    private void putInParts(String name, InputStream data, long size, String contentType) {
        String uploadId;
        try {
            uploadId = uploads.createMultipartUploadAsync(
                            settings.bucket(),
                            settings.region(),
                            name,
                            ImmutableMultimap.of("Content-Type", contentType),
                            null)
                    .get()
                    .result()
                    .uploadId();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new StorageUnavailableException("Cannot start the upload of " + name, e);
        }
        inProgress.begun(uploadId, name, Instant.now());
        try {
            List<Part> parts = new ArrayList<>();
            Path partFile = MediaSpool.newFile();
            try (RandomAccessFile part = new RandomAccessFile(partFile.toFile(), "rw")) {
                for (long sent = 0; sent < size; ) {
                    long length = copyPart(data, part, Math.min(PART_SIZE, size - sent));
                    if (length == 0) {
                        throw new IOException("Upload of " + name + " ended after " + sent + " of " + size + " bytes");
                    }
                    int number = parts.size() + 1;
                    String etag = uploads.uploadPartAsync(
                                    settings.bucket(),
                                    settings.region(),
                                    name,
                                    part,
                                    length,
                                    uploadId,
                                    number,
                                    null,
                                    null)
                            .get()
                            .etag();
                    parts.add(new Part(number, etag));
                    sent += length;
                }
            } finally {
                Files.deleteIfExists(partFile);
            }
            uploads.completeMultipartUploadAsync(
                            settings.bucket(),
                            settings.region(),
                            name,
                            uploadId,
                            parts.toArray(Part[]::new),
                            null,
                            null)
                    .get();
            inProgress.ended(uploadId);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            abortQuietly(new MultipartUploads.Upload(uploadId, name));
            throw new StorageUnavailableException("Cannot store " + name + " in MinIO", e);
        }
    }

    /**
     * Aborts the multipart uploads noted before {@code startedBefore} that never ended: those of an instance
     * killed mid-upload, or whose abort could not reach the server. Answers the names they were for.
     */
    @Override
    public List<String> abortStaleUploads(Instant startedBefore) {
        List<String> aborted = new ArrayList<>();
        for (MultipartUploads.Upload upload : inProgress.startedBefore(startedBefore)) {
            abort(upload);
            aborted.add(upload.objectName());
        }
        return aborted;
    }

    private void abortQuietly(MultipartUploads.Upload upload) {
        try {
            abort(upload);
        } catch (StorageUnavailableException e) {
            log.warn("Cannot abort the failed upload of {} now; the media janitor will", upload.objectName());
        }
    }

    private void abort(MultipartUploads.Upload upload) {
        try {
            uploads.abortMultipartUploadAsync(
                            settings.bucket(), settings.region(), upload.objectName(), upload.uploadId(), null, null)
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException("Interrupted aborting the upload of " + upload.objectName(), e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ErrorResponseException response && isGone(response))) {
                throw new StorageUnavailableException("Cannot abort the upload of " + upload.objectName(), e);
            }
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot abort the upload of " + upload.objectName(), e);
        }
        inProgress.ended(upload.uploadId());
    }

    @Override
    public Optional<StoredObject> stat(String name) {
        check(name);
        try {
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(name)
                    .build());
            return Optional.of(
                    new StoredObject(name, stat.size(), stat.lastModified().toInstant()));
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                return Optional.empty();
            }
            throw new StorageUnavailableException("Cannot stat " + name, e);
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot stat " + name, e);
        }
    }

    @Override
    public InputStream get(String name, long offset, long length) {
        check(name);
        try {
            return client.getObject(GetObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(name)
                    .offset(offset)
                    .length(length)
                    .build());
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                throw new MissingObjectException(name);
            }
            throw new StorageUnavailableException("Cannot read " + name, e);
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot read " + name, e);
        }
    }

    @Override
    public Optional<byte[]> read(String name) {
        check(name);
        try (InputStream in = client.getObject(
                GetObjectArgs.builder().bucket(settings.bucket()).object(name).build())) {
            return Optional.of(in.readAllBytes());
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                return Optional.empty();
            }
            throw new StorageUnavailableException("Cannot read " + name, e);
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot read " + name, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        if (!MediaKeys.isDerivedPrefix(prefix)) {
            throw new IllegalArgumentException("Not a derived object prefix: " + prefix);
        }
        List<StoredObject> objects = new ArrayList<>();
        try {
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder()
                    .bucket(settings.bucket())
                    .prefix(prefix)
                    .recursive(true)
                    .build())) {
                Item item = result.get();
                if (MediaKeys.isDerivedName(item.objectName())) {
                    objects.add(storedObject(item));
                }
            }
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot list " + prefix + " in bucket " + settings.bucket(), e);
        }
        return objects;
    }

    @Override
    public void delete(String name) {
        check(name);
        try {
            client.removeObject(RemoveObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(name)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot delete " + name, e);
        }
    }

    @Override
    public void forEach(Consumer<StoredObject> visitor) {
        try {
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder()
                    .bucket(settings.bucket())
                    .recursive(true)
                    .build())) {
                Item item = result.get();
                if (MediaKeys.isObjectName(item.objectName())) {
                    visitor.accept(storedObject(item));
                }
            }
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot list bucket " + settings.bucket(), e);
        }
    }

    @Override
    public Optional<URI> directUrl(String name) {
        check(name);
        return switch (settings.delivery()) {
            case STREAM -> Optional.empty();
            case PUBLIC_URL -> Optional.of(URI.create(settings.publicBaseUrl().replaceAll("/+$", "") + "/" + name));
            case PRESIGNED -> Optional.of(presigned(name, settings.presignExpiry()));
        };
    }

    private URI presigned(String name, Duration expiry) {
        try {
            return URI.create(client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.GET)
                    .bucket(settings.bucket())
                    .object(name)
                    .expiry((int) expiry.toSeconds())
                    .build()));
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot presign " + name, e);
        }
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        try {
            if (!client.bucketExists(
                    BucketExistsArgs.builder().bucket(settings.bucket()).build())) {
                client.makeBucket(
                        MakeBucketArgs.builder().bucket(settings.bucket()).build());
                log.info("Created MinIO bucket {}", settings.bucket());
            }
            bucketReady = true;
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot reach MinIO bucket " + settings.bucket(), e);
        }
    }

    private static StoredObject storedObject(Item item) {
        return new StoredObject(
                item.objectName(), item.size(), item.lastModified().toInstant());
    }

    /**
     * Copies the next part into the part file, read from its start by the client: the part goes through a file
     * rather than a 5 MB array, so heap use stays flat whatever the size and however many uploads run.
     */
    private static long copyPart(InputStream data, RandomAccessFile part, long length) throws IOException {
        part.setLength(0);
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int n;
        while (copied < length && (n = data.read(buffer, 0, (int) Math.min(buffer.length, length - copied))) > 0) {
            part.write(buffer, 0, n);
            copied += n;
        }
        part.seek(0);
        return copied;
    }

    /** The upload was completed or aborted already (by another instance's janitor, say). */
    private static boolean isGone(ErrorResponseException e) {
        return "NoSuchUpload".equals(e.errorResponse().code());
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NoSuchBucket".equals(code);
    }

    private static void check(String name) {
        if (!MediaKeys.isStorableName(name)) {
            throw new IllegalArgumentException("Not a media object name: " + name);
        }
    }
}
