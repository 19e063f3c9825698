package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.MinioAsyncClient;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wenming.support.AppInstance;
import org.wenming.support.EmbeddedS3;
import org.wenming.support.TestMedia;
import org.wenming.support.TestProfiles;

/**
 * The product on the {@code minio} profile against an S3 server of this test's own, over real HTTP: an
 * editor uploads audio and a poster, players seek, and while storage is down uploads answer 503 without
 * leaving a row or an object, and nothing stored before is lost; failed and killed uploads leave no parts
 * and no spool files behind.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
class MinioMediaApiTest {

    private static EmbeddedS3 s3;
    private static AppInstance app;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        s3 = EmbeddedS3.start();
        app = AppInstance.start(
                List.of("minio"),
                "wenming.media.minio.endpoint=" + s3.endpoint(),
                "wenming.media.minio.access-key=" + EmbeddedS3.ACCESS_KEY,
                "wenming.media.minio.secret-key=" + EmbeddedS3.SECRET_KEY,
                "wenming.media.minio.bucket=api-test",
                "wenming.media.stale-upload-age=1s");
    }

    @AfterAll
    static void stop() {
        app.close();
        s3.close();
    }

    @Test
    void anEditorUploadsAudioAndAPosterAndPlayersSeekInTheStoredAudio() throws Exception {
        AdminBrowser editor = AdminBrowser.signIn(app.baseUrl());
        byte[] audio = TestMedia.mp3(31);
        HttpResponse<String> uploaded = editor.upload("audio", "广播.mp3", audio);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode media = json.readTree(uploaded.body());
        String key = media.get("key").asText();
        assertThat(media.get("durationSeconds").asInt()).isEqualTo(31);
        assertThat(app.bean(MediaStorage.class)).isInstanceOf(MinioStorage.class);
        assertThat(app.bean(MediaStorage.class).stat(key)).isPresent();

        byte[] poster = TestMedia.jpeg(1000, 1400, new Color(0xB03A2E));
        JsonNode image = json.readTree(editor.upload("image", "海报.jpg", poster).body());
        assertThat(image.get("height").asInt()).isEqualTo(1400);
        assertThat(app.bean(MediaStorage.class)
                        .stat(MediaKeys.thumbnailName(image.get("key").asText(), 960)))
                .isPresent();

        HttpResponse<byte[]> middle = editor.get("/media/" + key, "bytes=4000-4999");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 4000-4999/" + audio.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(audio, 4000, 5000));
        assertThat(editor.get("/media/" + key, "bytes=-144").body())
                .isEqualTo(Arrays.copyOfRange(audio, audio.length - 144, audio.length));
    }

    @Test
    void whileStorageIsDownUploadsAnswer503AndNothingIsHalfWrittenOrLost() throws Exception {
        AdminBrowser editor = AdminBrowser.signIn(app.baseUrl());
        byte[] before = TestMedia.mp3(13);
        String storedBefore = json.readTree(
                        editor.upload("audio", "之前.mp3", before).body())
                .get("key")
                .asText();
        byte[] during = TestMedia.wav(2, 700);
        String duringKey = TestMedia.sha256(during) + ".wav";

        s3.stop();
        try {
            HttpResponse<String> refused = editor.upload("audio", "存储故障.wav", during);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("MEDIA_STORAGE_UNAVAILABLE");
            assertThat(editor.get("/media/" + storedBefore, null).statusCode()).isEqualTo(503);
        } finally {
            s3.restart();
        }

        assertThat(app.bean(MediaCatalog.class).find(duringKey)).isEmpty();
        assertThat(app.bean(MediaStorage.class).stat(duringKey)).isEmpty();
        MediaJanitor.Report report = app.bean(MediaJanitor.class).sweep();
        assertThat(report.missingObjects()).doesNotContain(storedBefore);
        assertThat(editor.get("/media/" + storedBefore, null).body()).isEqualTo(before);

        assertThat(editor.upload("audio", "恢复后.wav", during).statusCode()).isEqualTo(201);
        assertThat(app.bean(MediaCatalog.class).find(duringKey)).isPresent();
    }

    @Test
    void theJanitorAbortsTheUploadAndRemovesTheSpoolFileAKilledInstanceLeft() throws Exception {
        String name = TestMedia.sha256(TestMedia.wav(1, 300 + (int) (System.nanoTime() % 1000))) + ".wav";
        String uploadId = s3Client()
                .createMultipartUploadAsync("api-test", "us-east-1", name, null, null)
                .get()
                .result()
                .uploadId();
        app.bean(MultipartUploads.class).begun(uploadId, name, Instant.now());
        s3Client()
                .uploadPartAsync("api-test", "us-east-1", name, new byte[] {1, 2, 3}, 3, uploadId, 1, null, null)
                .get();
        assertThat(MinioStorageTest.partsOf(s3, "api-test", name, uploadId)).isNotEmpty();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path spool = Files.createTempFile("wenming-upload-" + gone.pid() + "-", ".part");
        Thread.sleep(1_100);

        MediaJanitor.Report report = app.bean(MediaJanitor.class).sweep();

        assertThat(report.abortedUploads()).contains(name);
        assertThat(report.removedSpoolFiles()).contains(spool.getFileName().toString());
        assertThat(app.bean(MultipartUploads.class).startedBefore(Instant.now()))
                .isEmpty();
        assertThat(MinioStorageTest.partsOf(s3, "api-test", name, uploadId)).isEmpty();
        assertThat(spool).doesNotExist();
    }

    private static MinioAsyncClient s3Client() {
        return MinioAsyncClient.builder()
                .endpoint(s3.endpoint())
                .credentials(EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY)
                .region("us-east-1")
                .build();
    }
}
