package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.TestMedia;

/**
 * A corpus of hostile files (polyglots, appended data, decompression bombs, magic-byte fakes), all made here,
 * sent to every upload: editors' images and audio, residents' avatars and submission photos. Each is refused
 * with a 4xx problem+json and a stable code, and leaves no stored object and no row behind.
 */
@IntegrationTest
class HostileUploadTest {

    private static final String RESIDENT_FOLDER = "resident-images/";

    @Autowired
    AdminApi api;

    @Autowired
    MiniApi mini;

    @Autowired
    MediaStorage storage;

    @Autowired
    MediaObjectMapper objects;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> hostileImages() {
        byte[] jpeg = TestMedia.jpeg(64, 48, new Color(0x1ABC9C));
        byte[] png = TestMedia.png(40, 40, Color.MAGENTA);
        return Stream.of(
                Arguments.of("JPEG with a ZIP appended", "photo.jpg", concat(jpeg, zip()), "MEDIA_TRAILING_DATA"),
                Arguments.of(
                        "JPEG with a script appended",
                        "photo.jpg",
                        concat(jpeg, ascii("<script>alert(document.cookie)</script>")),
                        "MEDIA_UNREADABLE"),
                Arguments.of(
                        "JPEG magic followed by HTML",
                        "photo.jpg",
                        concat(
                                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                                ascii("<html><body>hi</body></html>")),
                        "MEDIA_UNREADABLE"),
                Arguments.of(
                        "JPEG magic followed by text",
                        "photo.jpg",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, ascii("x".repeat(200))),
                        "MEDIA_UNREADABLE"),
                Arguments.of(
                        "JPEG with its end cut off",
                        "photo.jpg",
                        Arrays.copyOf(jpeg, jpeg.length - 40),
                        "MEDIA_UNREADABLE"),
                Arguments.of("PNG with a ZIP appended", "poster.png", concat(png, zip()), "MEDIA_TRAILING_DATA"),
                Arguments.of(
                        "PNG declaring 7745x7745 16-bit RGBA pixels",
                        "bomb.png",
                        pngDeclaring(7745, 7745, 16),
                        "IMAGE_TOO_LARGE_DECODED"),
                Arguments.of(
                        "PNG declaring 50000x50000 pixels",
                        "bomb.png",
                        pngDeclaring(50_000, 50_000, 8),
                        "IMAGE_TOO_LARGE_DECODED"),
                Arguments.of("GIF named .jpg", "photo.jpg", gif(), "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "SVG named .png",
                        "logo.png",
                        ascii(
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\"/></svg>"),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "HTML named .jpg",
                        "photo.jpg",
                        ascii("<!DOCTYPE html><html><script>alert(1)</script></html>"),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "WebP with data after its RIFF size",
                        "red.webp",
                        concat(TestMedia.resource("red.webp"), zip()),
                        "MEDIA_TRAILING_DATA"));
    }

    @ParameterizedTest(name = "editor: {0}")
    @MethodSource("hostileImages")
    void editorsImageUploadsRefuseHostileFiles(String label, String name, byte[] data, String code) throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);

        expectProblem(
                editor.upload("image", name, "image/jpeg", data).andReturn().getResponse(), code);
        assertNothingStoredFor(data);
    }

    @ParameterizedTest(name = "avatar: {0}")
    @MethodSource("hostileImages")
    void residentsAvatarsRefuseHostileFiles(String label, String name, byte[] data, String code) throws Exception {
        MiniApi.Resident resident = mini.login();
        List<String> before = residentImages();

        expectProblem(
                resident.perform(MockMvcRequestBuilders.multipart("/api/mini/v1/me/avatar")
                                .file(new MockMultipartFile("file", name, "image/jpeg", data)))
                        .andReturn()
                        .getResponse(),
                code);
        assertThat(residentImages()).isEqualTo(before);
        assertThat(mini.read(resident.get("/api/mini/v1/me")).path("avatarUrl").isTextual())
                .isFalse();
    }

    @ParameterizedTest(name = "submission: {0}")
    @MethodSource("hostileImages")
    void submissionPhotosRefuseHostileFiles(String label, String name, byte[] data, String code) throws Exception {
        MiniApi.Resident resident = mini.login();
        List<String> before = residentImages();

        expectProblem(
                resident.perform(MockMvcRequestBuilders.multipart("/api/mini/v1/submissions")
                                .file(new MockMultipartFile("photo", name, "image/jpeg", data))
                                .param("text", "幸福都是奋斗出来的"))
                        .andReturn()
                        .getResponse(),
                code);
        assertThat(residentImages()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM submission WHERE resident_id = ?", Long.class, resident.id()))
                .isZero();
    }

    static Stream<Arguments> hostileAudio() {
        byte[] mp3 = TestMedia.mp3(2);
        return Stream.of(
                Arguments.of("MP3 with a ZIP appended", "song.mp3", concat(mp3, zip()), "MEDIA_TRAILING_DATA"),
                Arguments.of(
                        "MP3 with a JPEG appended",
                        "song.mp3",
                        concat(mp3, TestMedia.jpeg(16, 16, Color.RED)),
                        "MEDIA_TRAILING_DATA"),
                Arguments.of(
                        "text named .mp3",
                        "song.mp3",
                        "这不是音频。".repeat(40).getBytes(StandardCharsets.UTF_8),
                        "MEDIA_TYPE_NOT_ALLOWED"),
                Arguments.of(
                        "WAV with a ZIP after its RIFF size",
                        "tone.wav",
                        concat(TestMedia.wav(1, 440), zip()),
                        "MEDIA_TRAILING_DATA"),
                Arguments.of(
                        "M4A with a ZIP appended",
                        "tone.m4a",
                        concat(TestMedia.resource("tone.m4a"), zip()),
                        "MEDIA_TRAILING_DATA"));
    }

    @ParameterizedTest(name = "editor audio: {0}")
    @MethodSource("hostileAudio")
    void editorsAudioUploadsRefuseHostileFiles(String label, String name, byte[] data, String code) throws Exception {
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);

        expectProblem(
                editor.upload("audio", name, "audio/mpeg", data).andReturn().getResponse(), code);
        assertNothingStoredFor(data);
    }

    @Test
    void anMp3WithAnId3v1TagAtItsEndIsAccepted() throws Exception {
        byte[] tag = new byte[128];
        System.arraycopy(ascii("TAG草原之歌"), 0, tag, 0, 3);
        byte[] data = concat(TestMedia.mp3(3), tag);

        JsonNode media =
                api.read(api.newUser("huanghuatala-sumu", Role.EDITOR).upload("audio", "a.mp3", "audio/mpeg", data));

        assertThat(media.get("durationSeconds").asInt()).isEqualTo(3);
    }

    /** An EXIF thumbnail holds a whole JPEG, end marker included: only the outer structure's end counts. */
    @Test
    void aJpegWhoseExifHoldsAThumbnailIsAcceptedAndResidentsGetItWithoutTheMetadata() throws Exception {
        byte[] photo = withExif(TestMedia.jpeg(120, 90, new Color(0x2980B9)), "GPS-41.2N-120.6E");
        String key = api.newUser("huanghuatala-sumu", Role.EDITOR).uploadKey("image", "photo.jpg", photo);
        assertThat(key).endsWith(".jpg");

        MiniApi.Resident resident = mini.login();
        String url = mini.read(resident.perform(MockMvcRequestBuilders.multipart("/api/mini/v1/me/avatar")
                        .file(new MockMultipartFile("file", "me.jpg", "image/jpeg", photo))))
                .get("avatarUrl")
                .asText();
        MockHttpServletResponse served = mini.anonymous(MockMvcRequestBuilders.get(url), MiniApi.newIp())
                .andReturn()
                .getResponse();

        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertThat(served.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        byte[] stored = served.getContentAsByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-41.2N", "Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(120);
    }

    private static void expectProblem(MockHttpServletResponse response, String code) throws Exception {
        assertThat(response.getStatus()).isBetween(400, 499);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"code\":\"" + code + "\"").containsPattern("\"detail\":\"[^\"]*[\\u4e00-\\u9fa5]");
    }

    private void assertNothingStoredFor(byte[] data) {
        String sha = TestMedia.sha256(data);
        List<String> names = new ArrayList<>();
        storage.forEach(object -> {
            if (object.name().startsWith(sha)) {
                names.add(object.name());
            }
        });
        assertThat(names).isEmpty();
        assertThat(objects.existingShas(List.of(sha))).isEmpty();
    }

    private List<String> residentImages() {
        List<String> names = new ArrayList<>();
        storage.forEach(object -> {
            if (object.name().startsWith(RESIDENT_FOLDER)) {
                names.add(object.name());
            }
        });
        names.sort(null);
        return names;
    }

    /**
     * A valid, small PNG whose header declares a huge RGBA image: one IDAT of a single compressed row, then
     * IEND, each chunk with its CRC, so only the declared size can refuse it.
     */
    static byte[] pngDeclaring(int width, int height, int bitDepth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) bitDepth).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[width * bitDepth / 2 + 1]);
        deflater.finish();
        byte[] compressed = new byte[64 * 1024];
        int length = deflater.deflate(compressed);
        chunk(out, "IDAT", Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * Inserts an APP1 "Exif" segment after the JFIF header that carries a whole little JPEG (with its own EOI)
     * and a note.
     */
    static byte[] withExif(byte[] jpeg, String note) {
        byte[] thumbnail = TestMedia.jpeg(8, 8, Color.YELLOW);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        payload.writeBytes(ascii(note));
        payload.writeBytes(thumbnail);
        int length = payload.size() + 2;
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload.toByteArray());
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    private static byte[] gif() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "gif", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("payload.sh"));
            zip.write(ascii("#!/bin/sh\necho owned\n"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
