package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestMedia;

/** Uploads through the admin API: what is accepted with which metadata, and what is refused. */
@IntegrationTest
class MediaUploadTest {

    @Autowired
    AdminApi api;

    @Autowired
    MediaStorage storage;

    @Autowired
    MediaObjectMapper objects;

    @Autowired
    MediaProperties properties;

    @Test
    void theConsoleReadsTheConfiguredLimitsItChecksBeforeSending() throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);

        JsonNode limits = api.read(editor.get("/api/admin/v1/media/limits"));

        assertThat(limits.get("audioMaxBytes").asLong())
                .isEqualTo(properties.maxSize(MediaUse.AUDIO))
                .isEqualTo(200L * 1024 * 1024);
        assertThat(limits.get("imageMaxBytes").asLong())
                .isEqualTo(properties.maxSize(MediaUse.IMAGE))
                .isEqualTo(20L * 1024 * 1024);
    }

    static Stream<Arguments> allowedFiles() {
        return Stream.of(
                Arguments.of("audio", "广播.mp3", TestMedia.mp3(5), "mp3", "audio/mpeg"),
                Arguments.of("audio", "tone.m4a", TestMedia.resource("tone.m4a"), "m4a", "audio/mp4"),
                Arguments.of("audio", "tone.wav", TestMedia.wav(3, 523), "wav", "audio/wav"),
                Arguments.of("image", "海报.png", TestMedia.png(1200, 800, new Color(0x2E86C1)), "png", "image/png"),
                Arguments.of("image", "photo.jpeg", TestMedia.jpeg(400, 300, new Color(0x27AE60)), "jpg", "image/jpeg"),
                Arguments.of("image", "red.webp", TestMedia.resource("red.webp"), "webp", "image/webp"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("allowedFiles")
    void eachAllowedTypeIsStoredUnderItsHashWithItsMetadata(
            String use, String filename, byte[] data, String extension, String contentType) throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);
        JsonNode media = api.read(
                editor.upload(use, filename, "application/octet-stream", data).andExpect(status().isCreated()));

        String key = TestMedia.sha256(data) + "." + extension;
        assertThat(media.get("key").asText()).isEqualTo(key);
        assertThat(media.get("url").asText()).isEqualTo("/media/" + key);
        assertThat(media.get("contentType").asText()).isEqualTo(contentType);
        assertThat(media.get("sizeBytes").asLong()).isEqualTo(data.length);
        assertThat(storage.stat(key))
                .get()
                .extracting(MediaStorage.StoredObject::size)
                .isEqualTo((long) data.length);
        if (use.equals("audio")) {
            assertThat(media.get("durationSeconds").asInt()).isPositive();
        } else {
            assertThat(media.get("width").asInt()).isPositive();
            assertThat(media.at("/thumbnailUrls/320").asText()).isEqualTo("/media/" + key + "/thumb/320");
            assertThat(storage.stat(MediaKeys.thumbnailName(key, 320))).isPresent();
            assertThat(storage.stat(MediaKeys.thumbnailName(key, 960))).isPresent();
        }
    }

    @Test
    void audioMetadataIsReadFromTheFile() throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);
        JsonNode mp3 = api.read(editor.upload("audio", "x.mp3", "audio/mpeg", TestMedia.mp3(12)));
        assertThat(mp3.get("durationSeconds").asInt()).isEqualTo(12);
        assertThat(mp3.get("bitrateKbps").asInt()).isEqualTo(32);
        JsonNode image = api.read(editor.upload("image", "x.png", "image/png", TestMedia.png(333, 222, Color.ORANGE)));
        assertThat(image.get("width").asInt()).isEqualTo(333);
        assertThat(image.get("height").asInt()).isEqualTo(222);
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() {
        byte[] data = TestMedia.png(64, 64, new Color(0x8E44AD));
        String first = api.newUser("daqintala-jiedao", Role.EDITOR).uploadKey("image", "a.png", data);
        String second = api.newUser("qinglongzhang-zhen", Role.EDITOR).uploadKey("image", "b.png", data);

        assertThat(second).isEqualTo(first);
        assertThat(objects.selectCount(null))
                .isEqualTo(objects.selectList(null).stream()
                        .map(MediaObject::getMediaKey)
                        .distinct()
                        .count());
        assertThat(objects.uploaderUnits(first)).hasSize(2);
        assertThat(storedNamesOf(TestMedia.sha256(data))).hasSize(3);
    }

    static Stream<Arguments> refusedFiles() {
        byte[] png = TestMedia.png(40, 40, Color.BLUE);
        return Stream.of(
                Arguments.of(
                        "text named .mp3",
                        "audio",
                        "song.mp3",
                        "audio/mpeg",
                        "这不是音频，只是一段文字。".repeat(20).getBytes(StandardCharsets.UTF_8),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "HTML named .png",
                        "image",
                        "poster.png",
                        "image/png",
                        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "SVG with script",
                        "image",
                        "logo.svg",
                        "image/svg+xml",
                        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script>"
                                        + "<rect width=\"10\" height=\"10\"/></svg>")
                                .getBytes(),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "image uploaded as audio", "audio", "poster.mp3", "audio/mpeg", png, "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "audio uploaded as image",
                        "image",
                        "song.png",
                        "image/png",
                        TestMedia.mp3(2),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "PNG with HTML appended (polyglot)",
                        "image",
                        "poly.png",
                        "image/png",
                        concat(png, "<html><script>fetch('/api/admin/v1/users')</script></html>".getBytes()),
                        "MEDIA_UNREADABLE"),
                Arguments.of(
                        "PNG with bytes after IEND",
                        "image",
                        "tail.png",
                        "image/png",
                        concat(png, new byte[] {1, 2, 3, 4}),
                        "MEDIA_TRAILING_DATA"),
                Arguments.of(
                        "truncated PNG",
                        "image",
                        "cut.png",
                        "image/png",
                        java.util.Arrays.copyOf(png, png.length / 2),
                        "MEDIA_UNREADABLE"),
                Arguments.of(
                        "MP3 with a script in its bytes",
                        "audio",
                        "tag.mp3",
                        "audio/mpeg",
                        concat(TestMedia.mp3(2), "<script src=//evil.example/x.js></script>".getBytes()),
                        "MEDIA_UNREADABLE"),
                Arguments.of("empty file", "audio", "empty.mp3", "audio/mpeg", new byte[0], "MEDIA_EMPTY"),
                Arguments.of(
                        "image over the 20 MB image limit",
                        "image",
                        "huge.png",
                        "image/png",
                        concat(png, new byte[20 * 1024 * 1024]),
                        "PAYLOAD_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void badFilesAreRefusedWithAClearCodeAndNothingIsStored(
            String label, String use, String filename, String contentType, byte[] data, String code) throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);
        int status = editor.upload(use, filename, contentType, data)
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isBetween(400, 499);
        String sha = TestMedia.sha256(data);
        assertThat(storedNamesOf(sha)).isEmpty();
        assertThat(objects.existingShas(List.of(sha))).isEmpty();
    }

    @Test
    void anUnknownUseIsNotFoundAndAMissingFilePartIsABadRequest() throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);
        editor.upload("video", "x.mp4", "video/mp4", new byte[10]).andExpect(status().isNotFound());
        editor.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/admin/v1/media/audio")
                        .param("other", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MISSING_PARAMETER"));
    }

    private List<String> storedNamesOf(String sha) {
        List<String> names = new ArrayList<>();
        storage.forEach(object -> {
            if (object.name().startsWith(sha)) {
                names.add(object.name());
            }
        });
        return names;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
