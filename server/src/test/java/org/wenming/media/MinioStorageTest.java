package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenming.support.EmbeddedS3;

/** The storage contract against the MinIO adapter, talking to S3Proxy in this JVM. */
class MinioStorageTest extends MediaStorageContract {

    private static MinioStorage storage;

    @BeforeAll
    static void connect() {
        storage = new MinioStorage(EmbeddedS3.shared().settings("contract"));
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
        MinioStorage presigning = new MinioStorage(new MediaProperties.Minio(
                base.endpoint(),
                base.accessKey(),
                base.secretKey(),
                base.bucket(),
                base.region(),
                MediaProperties.Delivery.PRESIGNED,
                null,
                Duration.ofMinutes(5),
                base.connectTimeout(),
                base.readTimeout()));
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
}
