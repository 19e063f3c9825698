package org.wenming.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/**
 * Real media files made in memory for tests: a constant-bitrate MP3 of silent frames (MPEG-1 Layer III,
 * 32 kbit/s, 32 kHz, mono: 144-byte frames of 36 ms), a PCM WAV tone, PNG and JPEG pictures. The M4A and
 * WebP fixtures are tiny files under test resources (made once with ffmpeg; Java cannot encode them).
 */
public final class TestMedia {

    private static final int MP3_FRAME_BYTES = 144;
    private static final double MP3_FRAME_SECONDS = 1152.0 / 32_000;

    private TestMedia() {}

    public static byte[] mp3(int seconds) {
        int frames = (int) Math.ceil(seconds / MP3_FRAME_SECONDS);
        byte[] data = new byte[frames * MP3_FRAME_BYTES];
        for (int i = 0; i < frames; i++) {
            int at = i * MP3_FRAME_BYTES;
            data[at] = (byte) 0xFF;
            data[at + 1] = (byte) 0xFB;
            data[at + 2] = 0x18;
            data[at + 3] = (byte) 0xC4;
        }
        return data;
    }

    public static byte[] wav(int seconds, int frequency) {
        int rate = 8000;
        int samples = rate * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes())
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(rate)
                .putInt(rate * 2)
                .putShort((short) 2)
                .putShort((short) 16);
        b.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (8000 * Math.sin(2 * Math.PI * frequency * i / rate)));
        }
        return b.array();
    }

    public static byte[] png(int width, int height, Color color) {
        return image("png", width, height, color);
    }

    public static byte[] jpeg(int width, int height, Color color) {
        return image("jpeg", width, height, color);
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestMedia.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] image(String format, int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
