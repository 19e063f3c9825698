package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The markup scan of a spooled upload: real tags anywhere, never tag-like bytes that no browser parses as one. */
class MediaSpoolTest {

    @Test
    void aTagAnywhereInTheBytesIsMarkupEvenAcrossTheReadBuffersBoundary() throws IOException {
        for (String tag : new String[] {"<svg onload=x>", "<SCRIPT>", "<svg/onload=x>", "<html\n", "javascript:"}) {
            byte[] data = payload(200_000);
            byte[] marker = ascii(tag);
            int straddling = 64 * 1024 - 2;
            System.arraycopy(marker, 0, data, straddling, marker.length);

            assertThat(spooledMarkup(data)).as(tag).isTrue();
        }
    }

    @Test
    void tagLikeBytesThatEndNoTagNameAreNotMarkup() throws IOException {
        byte[] data = payload(200_000);
        System.arraycopy(ascii("<svgQ<scripts<HTML1"), 0, data, 1000, 19);
        System.arraycopy(ascii("<svg"), 0, data, data.length - 4, 4);

        assertThat(spooledMarkup(data)).isFalse();
        assertThat(MediaSpool.containsMarkup(ascii("<svg"))).isFalse();
        assertThat(MediaSpool.containsMarkup(ascii("<svg>"))).isTrue();
    }

    /** Bytes free of '<' and 'j', like audio frames that happen to hold no marker. */
    private static byte[] payload(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) 0x55);
        return data;
    }

    private static boolean spooledMarkup(byte[] data) throws IOException {
        try (MediaSpool spool = MediaSpool.read(new ByteArrayInputStream(data), data.length)) {
            return spool.containsMarkup();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
