package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenming.support.EmbeddedS3;

/** The storage contract against the MinIO adapter, talking to S3Proxy in this JVM. */
class MinioStorageTest extends MediaStorageContract {

    private static MinioStorage storage;

    @BeforeAll
    static void connect() {
        storage = new MinioStorage(EmbeddedS3.shared().settings("contract"), new RecordedUploads());
        storage.ensureBucketOnStart();
    }

    @Override
    MediaStorage storage() {
        return storage;
    }

    @Test
    void presignedDeliveryHandsOutAUrlThatServesTheObject() throws Exception {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        MediaProperties.Minio base = s3.settings("contract");
        MinioStorage presigning = new MinioStorage(
                new MediaProperties.Minio(
                        base.endpoint(),
                        base.accessKey(),
                        base.secretKey(),
                        base.bucket(),
                        base.region(),
                        MediaProperties.Delivery.PRESIGNED,
                        null,
                        Duration.ofMinutes(5),
                        base.connectTimeout(),
                        base.readTimeout()),
                new RecordedUploads());
        String name = "c".repeat(64) + ".mp3";
        byte[] data = "presigned".getBytes();
        presigning.put(name, new ByteArrayInputStream(data), data.length, "audio/mpeg");

        URI url = presigning.directUrl(name).orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(data);
        assertThat(storage.directUrl(name))
                .as("stream delivery goes through the application")
                .isEmpty();
    }

    @Test
    void aMultipartUploadThatFailsMidwayIsAbortedAtOnce() throws Exception {
        RecordedUploads uploads = new RecordedUploads();
        MinioStorage storing = new MinioStorage(EmbeddedS3.shared().settings("contract"), uploads);
        String name = "a".repeat(63) + (System.nanoTime() % 10) + ".wav";
        InputStream breaksAfterSevenMegabytes =
                new SequenceInputStream(new ByteArrayInputStream(new byte[7 * 1024 * 1024]), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("client went away");
                    }
                });

        assertThatThrownBy(() -> storing.put(name, breaksAfterSevenMegabytes, 12L * 1024 * 1024, "audio/wav"))
                .isInstanceOf(MediaStorage.StorageUnavailableException.class);

        String uploadId = uploads.uploadIdOf(name);
        assertThat(uploadId).isNotNull();
        assertThat(uploads.isOpen(uploadId)).isFalse();
        assertThat(partsOf(EmbeddedS3.shared(), "contract", name, uploadId)).isEmpty();
        assertThat(storing.stat(name)).isEmpty();
    }

    @Test
    void aLargeObjectIsStoredInPartsAndReadBackWhole() throws Exception {
        RecordedUploads uploads = new RecordedUploads();
        MinioStorage storing = new MinioStorage(EmbeddedS3.shared().settings("contract"), uploads);
        String name = "b".repeat(63) + (System.nanoTime() % 10) + ".wav";
        byte[] data = new byte[11 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(data);

        storing.put(name, new ByteArrayInputStream(data), data.length, "audio/wav");

        assertThat(storing.stat(name))
                .hasValueSatisfying(object -> assertThat(object.size()).isEqualTo(data.length));
        assertThat(storing.read(name)).hasValue(data);
        assertThat(uploads.isOpen(uploads.uploadIdOf(name))).isFalse();
    }

    /** What the S3 server keeps of this upload besides a complete object: the parts (and its record). */
    static List<String> partsOf(EmbeddedS3 s3, String bucket, String name, String uploadId) {
        return s3.storedFiles(bucket).stream()
                .filter(file -> !file.equals(name) && (file.contains(name) || file.contains(uploadId)))
                .toList();
    }
}
