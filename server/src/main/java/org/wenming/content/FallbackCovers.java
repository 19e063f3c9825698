package org.wenming.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Square PNG covers for audio and festivals that have no image: a gradient in a hue derived from the column
 * (or festival) name, so every card of a column looks alike and columns differ, without an editor having to
 * upload anything. Drawn once per name; the few names in use stay in memory.
 */
@Component
class FallbackCovers {

    static final int SIZE = 480;
    static final int MAX_NAME_LENGTH = 64;

    private final Cache<String, byte[]> drawn =
            Caffeine.newBuilder().maximumSize(256).build();

    byte[] png(String name) {
        return drawn.get(name, FallbackCovers::draw);
    }

    private static byte[] draw(String name) {
        float hue = hueOf(name);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(
                    0, 0, Color.getHSBColor(hue, 0.55f, 0.9f), SIZE, SIZE, Color.getHSBColor(hue, 0.75f, 0.55f)));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(255, 255, 255, 60));
            g.fillOval(SIZE / 4, SIZE / 4, SIZE / 2, SIZE / 2);
            g.setColor(new Color(255, 255, 255, 120));
            g.fillOval(SIZE * 7 / 16, SIZE * 7 / 16, SIZE / 8, SIZE / 8);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static float hueOf(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() % 360) / 360f;
    }
}
