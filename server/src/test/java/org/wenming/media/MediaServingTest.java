package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wenming.support.SameAnswer.assertSameAnswer;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.SameAnswer;
import org.wenming.support.TestMedia;
import org.wenming.support.TestProfiles;

/** Serving over real HTTP: ranges as players use them, caching headers, and who may fetch what. */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class MediaServingTest {

    private static final String TOWNSHIP = "huanghuatala-sumu";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    SameAnswer answers;

    @LocalServerPort
    int port;

    private AdminApi.Session editor;
    private AdminApi.Session reviewer;

    @BeforeEach
    void users() {
        editor = api.newUser(TOWNSHIP, Role.EDITOR);
        reviewer = api.newUser("naiman", Role.REVIEWER);
    }

    @Test
    void playersFetchFirstBytesMiddleAndSuffixAndAnOutOfRangeRequestIs416() throws Exception {
        byte[] audio = TestMedia.wav(4, 440 + (int) (System.nanoTime() % 200));
        String key = publishAudio(audio);
        int size = audio.length;

        HttpResponse<byte[]> whole = fetch(key, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(audio);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + key.substring(0, 64) + "\"");
        assertThat(whole.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "immutable");
        assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        assertRange(key, "bytes=0-99", audio, 0, 99);
        assertRange(key, "bytes=20000-29999", audio, 20_000, 29_999);
        assertRange(key, "bytes=-500", audio, size - 500, size - 1);
        assertRange(key, "bytes=60000-", audio, 60_000, size - 1);
        assertRange(key, "bytes=" + (size - 10) + "-" + (size + 1000), audio, size - 10, size - 1);

        HttpResponse<byte[]> outside = fetch(key, "bytes=" + size + "-");
        assertThat(outside.statusCode()).isEqualTo(416);
        assertThat(outside.headers().firstValue("Content-Range")).hasValue("bytes */" + size);
        assertThat(new String(outside.body(), StandardCharsets.UTF_8)).contains("RANGE_NOT_SATISFIABLE");
    }

    @Test
    void aDownloadResumedManyTimesReassemblesTheFileAndRevalidatesWithItsETag() throws Exception {
        byte[] audio = TestMedia.wav(3, 300 + (int) (System.nanoTime() % 200));
        String key = publishAudio(audio);
        ByteArrayOutputStream assembled = new ByteArrayOutputStream();
        int chunk = 7_001;
        while (assembled.size() < audio.length) {
            int from = assembled.size();
            HttpResponse<byte[]> part = fetch(key, "bytes=" + from + "-" + (from + chunk - 1));
            assertThat(part.statusCode()).isEqualTo(206);
            assembled.writeBytes(part.body());
        }
        assertThat(assembled.toByteArray()).isEqualTo(audio);

        String etag = fetch(key, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> revalidated =
                answers.get("/media/" + key, "If-None-Match", etag).response();
        assertThat(revalidated.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> staleIfRange = answers.get("/media/" + key, "Range", "bytes=0-9", "If-Range", "\"other\"")
                .response();
        assertThat(staleIfRange.statusCode())
                .as("a changed validator gets the whole file")
                .isEqualTo(200);
    }

    @Test
    void unpublishedMediaIsHiddenFromAnonymousReadersAndOtherTownshipsButNotFromItsUnit() throws Exception {
        byte[] image = TestMedia.png(300, 200, new Color((int) (System.nanoTime() & 0xFFFFFF)));
        String key = editor.uploadKey("image", "未发布.png", image);

        assertThat(fetch(key, null).statusCode()).isEqualTo(404);
        assertThat(fetch(key + "/thumb/320", null).statusCode()).isEqualTo(404);
        editor.get("/media/" + key).andExpect(status().isOk());
        AdminApi.Session otherTownship = api.newUser("qinglongzhang-zhen", Role.EDITOR);
        otherTownship.get("/media/" + key).andExpect(status().isNotFound());
        otherTownship.get("/api/admin/v1/media/" + key + "/info").andExpect(status().isNotFound());

        Map<String, Object> poster = ContentSamples.of(ContentKind.POSTER, api.unitId(TOWNSHIP), "发布后可见");
        poster.put("imageKey", key);
        publish(editor.create(poster));
        HttpResponse<byte[]> published = fetch(key, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).isEqualTo(image);
    }

    @Test
    void thumbnailsAreSmallJpegsOfTheImage() throws Exception {
        byte[] image = TestMedia.png(1600, 1200, new Color((int) (System.nanoTime() & 0xFFFFFF)));
        String key = editor.uploadKey("image", "大图.png", image);
        Map<String, Object> poster = ContentSamples.of(ContentKind.POSTER, api.unitId(TOWNSHIP), "缩略图");
        poster.put("imageKey", key);
        long id = editor.create(poster);
        publish(id);

        HttpResponse<byte[]> thumb = fetch(key + "/thumb/320", null);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(240);
        assertThat(fetch(key + "/thumb/100", null).statusCode()).isEqualTo(404);

        String card = api.read(
                        api.admin().perform(get("/api/mini/v1/contents?kind=POSTER&orgUnitId=" + api.unitId(TOWNSHIP))))
                .at("/items/0/thumbnailUrl")
                .asText();
        assertThat(card).isEqualTo("http://localhost/media/" + key + "/thumb/320");
    }

    @Test
    void anonymousReadsSkipMvcAndGetTheAnswerMvcGivesTheSameReadSpeltWithAParameter() throws Exception {
        byte[] audio = TestMedia.wav(2, 500 + (int) (System.nanoTime() % 200));
        String audioKey = publishAudio(audio);
        byte[] image = TestMedia.png(800, 600, new Color((int) (System.nanoTime() & 0xFFFFFF)));
        String imageKey = editor.uploadKey("image", "快速通道.png", image);
        Map<String, Object> poster = ContentSamples.of(ContentKind.POSTER, api.unitId(TOWNSHIP), "快速通道");
        poster.put("imageKey", imageKey);
        publish(editor.create(poster));
        String etag = "\"" + audioKey.substring(0, 64) + "\"";

        List<String[]> reads = List.of(
                new String[] {"/media/" + audioKey},
                new String[] {"/media/" + audioKey, HttpHeaders.RANGE, "bytes=100-1099"},
                new String[] {"/media/" + audioKey, HttpHeaders.RANGE, "bytes=-64"},
                new String[] {"/media/" + audioKey, HttpHeaders.IF_NONE_MATCH, etag},
                new String[] {"/media/" + imageKey + "/thumb/320"});
        for (String[] read : reads) {
            String path = read[0];
            String[] headers = Arrays.copyOfRange(read, 1, read.length);
            assertSameAnswer(answers.get(path, headers), answers.get(path + "?via=mvc", headers), path);
        }
        SameAnswer.Answer range = answers.get("/media/" + audioKey, HttpHeaders.RANGE, "bytes=100-1099");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(audio, 100, 1100));
    }

    /** The container sends the file itself (sendfile); the answer must be the one MVC sends. */
    @Test
    void aFastRangeSentByTheContainerIsTheAnswerMvcSends() throws Exception {
        byte[] audio = TestMedia.wav(4, 700 + (int) (System.nanoTime() % 200));
        String key = publishAudio(audio);

        SameAnswer.Answer fast = answers.get("/media/" + key, HttpHeaders.RANGE, "bytes=2000-40999");
        SameAnswer.Answer viaMvc = answers.get("/media/" + key + "?via=mvc", HttpHeaders.RANGE, "bytes=2000-40999");

        assertThat(fast.status()).isEqualTo(206);
        assertThat(fast.body()).isEqualTo(Arrays.copyOfRange(audio, 2000, 41000));
        assertSameAnswer(fast, viaMvc, key);
    }

    @Test
    void readsWithACookieAndRefusedRangesAreLeftToTheChain() throws Exception {
        String key = publishAudio(TestMedia.wav(1, 250 + (int) (System.nanoTime() % 300)));

        SameAnswer.Answer refused = answers.get("/media/" + key, HttpHeaders.RANGE, "bytes=999999999-");
        assertThat(refused.fast()).isFalse();
        assertThat(refused.status()).isEqualTo(416);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("RANGE_NOT_SATISFIABLE");
        SameAnswer.Answer withCookie = answers.get("/media/" + key, HttpHeaders.COOKIE, "WENMING_SESSION=editor");
        assertThat(withCookie.fast()).isFalse();
        assertThat(withCookie.status()).isEqualTo(200);
    }

    @Test
    void traversalEncodedSlashesAndGuessedKeysAreRefused() throws Exception {
        String key = publishAudio(TestMedia.wav(1, 200 + (int) (System.nanoTime() % 300)));
        for (String path : new String[] {
            "/media/../application.yml",
            "/media/..%2fapplication.yml",
            "/media/%2e%2e/%2e%2e/etc/passwd",
            "/media/" + key + "%2F..%2F..%2Fapplication.yml",
            "/media/" + key.toUpperCase(),
            "/media/" + "0".repeat(64) + ".mp3",
            "/media/" + key.substring(0, 64) + ".png",
            "/media/" + key + ".mp3",
            "/media/" + key.substring(0, 64),
            "/media/..;/application.yml"
        }) {
            int status = rawStatus(path);
            assertThat(status).as(path).isBetween(400, 499);
        }
        assertThat(rawStatus("/media/" + key)).isEqualTo(200);
    }

    /**
     * An image upload that declares 30 MB is answered 413 from its headers alone: the client has sent only
     * the first part header and gets the answer without sending the rest.
     */
    @Test
    void anUploadDeclaredLargerThanItsKindAllowsIsRefusedBeforeTheBodyIsSent() throws Exception {
        AdminBrowser browser = AdminBrowser.signIn("http://127.0.0.1:" + port);
        String boundary = "wenming-large";
        String partHeader = AdminBrowser.partHeader(boundary, "huge.png");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/admin/v1/media/image HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Cookie: " + browser.cookieHeader() + "\r\n" + browser.csrfHeader() + ": "
                            + browser.csrfToken()
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: " + 30L * 1024 * 1024 + "\r\n\r\n" + partHeader)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder response = new StringBuilder();
            byte[] buffer = new byte[1024];
            int n;
            while (!response.toString().contains("PAYLOAD_TOO_LARGE") && (n = in.read(buffer)) > 0) {
                response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(response.toString()).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");
        }
    }

    private String publishAudio(byte[] audio) throws Exception {
        String key = editor.uploadKey("audio", "广播.wav", audio);
        Map<String, Object> item = ContentSamples.of(ContentKind.AUDIO, api.unitId(TOWNSHIP), "广播" + key);
        item.put("mediaKey", key);
        publish(editor.create(item));
        return key;
    }

    private void publish(long id) throws Exception {
        editor.action(id, "submit").andExpect(status().isOk());
        reviewer.action(id, "approve").andExpect(status().isOk());
        reviewer.action(id, "publish").andExpect(status().isOk());
    }

    private void assertRange(String key, String range, byte[] file, int first, int last) throws Exception {
        HttpResponse<byte[]> response = fetch(key, range);
        assertThat(response.statusCode()).as(range).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range"))
                .hasValue("bytes " + first + "-" + last + "/" + file.length);
        assertThat(response.body()).as(range).isEqualTo(Arrays.copyOfRange(file, first, last + 1));
    }

    private HttpResponse<byte[]> fetch(String keyPath, String range) throws Exception {
        String path = "/media/" + keyPath;
        return (range == null ? answers.get(path) : answers.get(path, "Range", range)).response();
    }

    /** The request line exactly as written, so no client normalises the path first. */
    private int rawStatus(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
