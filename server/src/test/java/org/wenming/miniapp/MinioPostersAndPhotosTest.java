package org.wenming.miniapp;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wenming.media.MediaStorage;
import org.wenming.media.MinioStorage;
import org.wenming.media.RecordedUploads;
import org.wenming.support.AppInstance;
import org.wenming.support.EmbeddedS3;
import org.wenming.support.MiniApi;
import org.wenming.support.TestMedia;
import org.wenming.support.TestProfiles;
import org.wenming.support.WeChatStub;

/**
 * Under {@code minio} (part of {@code prod}) share posters and residents' photos live in the bucket, not on one
 * instance's disk: two instances, each with a data folder of its own, serve the same ones, and a poster drawn
 * by one is not drawn again by the other.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
class MinioPostersAndPhotosTest {

    private static final String BUCKET = "shared-images";

    private static EmbeddedS3 s3;
    private static AppInstance first;
    private static AppInstance second;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoInstances() {
        s3 = EmbeddedS3.start();
        first = instance();
        second = instance();
    }

    private static AppInstance instance() {
        return AppInstance.start(
                List.of("minio"),
                "wenming.data-dir=target/test-data/" + UUID.randomUUID(),
                "wenming.media.minio.endpoint=" + s3.endpoint(),
                "wenming.media.minio.access-key=" + EmbeddedS3.ACCESS_KEY,
                "wenming.media.minio.secret-key=" + EmbeddedS3.SECRET_KEY,
                "wenming.media.minio.bucket=" + BUCKET);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        s3.close();
    }

    @Test
    void aPosterRenderedByOneInstanceIsStoredInTheBucketAndServedByTheOther() throws Exception {
        long id = json.readTree(
                        get(first, "/api/mini/v1/contents?size=1&kind=POSTER").body())
                .at("/items/0/id")
                .asLong();
        long codesBefore = codeRequests(id);

        HttpResponse<byte[]> drawn = get(first, "/api/mini/v1/contents/" + id + "/share-poster");
        HttpResponse<byte[]> served = get(second, "/api/mini/v1/contents/" + id + "/share-poster");

        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(drawn.body());
        assertThat(codeRequests(id)).as("rendered once for both instances").isEqualTo(codesBefore + 1);
        List<MediaStorage.StoredObject> stored = bucket().list("share-posters/" + id + "-");
        assertThat(stored).hasSize(1);
        assertThat(bucket().read(stored.get(0).name())).hasValue(drawn.body());
    }

    @Test
    void aPhotoAResidentUploadsToOneInstanceIsServedByTheOther() throws Exception {
        assertThat(first.bean(MediaStorage.class)).isInstanceOf(MinioStorage.class);
        String token = json.readTree(
                        post(first, "/api/mini/v1/auth/login", "{\"code\":\"" + MiniApi.unique("code") + "\"}")
                                .body())
                .get("token")
                .asText();
        byte[] png = TestMedia.png(48, 32, new Color(0x2E9E4F));

        HttpResponse<String> uploaded = uploadAvatar(token, png);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String url = json.readTree(uploaded.body()).get("avatarUrl").asText();

        HttpResponse<byte[]> served = get(second, URI.create(url).getPath());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.body())).getWidth())
                .isEqualTo(48);
        String key = url.substring(url.lastIndexOf('/') + 1);
        assertThat(bucket().read("resident-images/" + key)).hasValue(served.body());
    }

    /** A client of its own, as a third instance would read the bucket. */
    private static MinioStorage bucket() {
        return new MinioStorage(s3.settings(BUCKET), new RecordedUploads());
    }

    private static long codeRequests(long id) {
        return WeChatStub.server()
                .countRequestsMatching(postRequestedFor(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                        .withRequestBody(matchingJsonPath("$.scene", equalTo("c=" + id)))
                        .build())
                .getCount();
    }

    private HttpResponse<byte[]> get(AppInstance instance, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(instance.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(AppInstance instance, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> uploadAvatar(String token, byte[] png) throws Exception {
        String boundary = "wenming" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"me.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(first.baseUrl() + "/api/mini/v1/me/avatar"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
