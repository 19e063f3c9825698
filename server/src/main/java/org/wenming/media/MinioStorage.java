package org.wenming.media;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final MediaProperties.Minio settings;
    private volatile boolean bucketReady;

    public MinioStorage(MediaProperties.Minio settings) {
        this.settings = settings;
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
        try {
            client.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(name).stream(
                            data, size, size > PART_SIZE ? PART_SIZE : -1)
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("Cannot store " + name + " in MinIO", e);
        }
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
