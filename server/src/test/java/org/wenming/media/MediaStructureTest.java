package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.support.TestMedia;

/** The structure walks on their own: what real files carry at their end is accepted, anything else is not. */
class MediaStructureTest {

    @TempDir
    Path folder;

    @Test
    void aJpegFollowedByFurtherImagesOrZeroPaddingIsWhole() throws Exception {
        byte[] jpeg = TestMedia.jpeg(32, 24, Color.GREEN);
        // Phone cameras append further images (multi-picture format) after the first one's end.
        assertWhole(concat(jpeg, TestMedia.jpeg(8, 8, Color.RED)), "jpg");
        assertWhole(concat(jpeg, new byte[64]), "jpg");
    }

    @Test
    void aJpegFollowedByAnythingElseHasTrailingData() throws Exception {
        byte[] jpeg = TestMedia.jpeg(32, 24, Color.GREEN);
        assertRefused(concat(jpeg, "PK\u0003\u0004payload".getBytes()), "jpg", ErrorCode.MEDIA_TRAILING_DATA);
        assertRefused(concat(jpeg, new byte[] {0, 0, 1}), "jpg", ErrorCode.MEDIA_TRAILING_DATA);
        assertRefused(Arrays.copyOf(jpeg, jpeg.length - 2), "jpg", ErrorCode.MEDIA_UNREADABLE);
    }

    @Test
    void anMp3AfterAnId3v2TagIsWalkedFrameByFrame() throws Exception {
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 20};
        byte[] withTag = concat(concat(id3, new byte[20]), TestMedia.mp3(1));
        assertWhole(withTag, "mp3");
        assertRefused(concat(withTag, new byte[] {1}), "mp3", ErrorCode.MEDIA_TRAILING_DATA);
    }

    @Test
    void aPngEndsAtIendAndACutPngIsDamagedNotTrailing() throws Exception {
        byte[] png = TestMedia.png(16, 16, Color.BLUE);
        assertWhole(png, "png");
        assertRefused(concat(png, new byte[] {0}), "png", ErrorCode.MEDIA_TRAILING_DATA);
        assertRefused(Arrays.copyOf(png, png.length - 5), "png", ErrorCode.MEDIA_UNREADABLE);
    }

    private void assertWhole(byte[] data, String extension) throws Exception {
        Path file = Files.write(Files.createTempFile(folder, "whole", "." + extension), data);
        assertThatCode(() -> MediaStructure.requireWholeFile(file, extension)).doesNotThrowAnyException();
    }

    private void assertRefused(byte[] data, String extension, ErrorCode code) throws Exception {
        Path file = Files.write(Files.createTempFile(folder, "refused", "." + extension), data);
        assertThatThrownBy(() -> MediaStructure.requireWholeFile(file, extension))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
