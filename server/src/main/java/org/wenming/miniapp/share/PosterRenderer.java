package org.wenming.miniapp.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Draws the share poster: the brand band, the cover (or a coloured panel), the quote or title, the unit, and
 * the mini-program code residents long-press in Moments. 750 × 1334, the size WeChat shows full-screen.
 */
@Component
class PosterRenderer {

    public static final int WIDTH = 750;
    public static final int HEIGHT = 1334;
    private static final int MARGIN = 48;
    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color GOLD = new Color(0xF2, 0xC1, 0x4E);
    private static final Color PAPER = new Color(0xFF, 0xF8, 0xF0);
    private static final Color INK = new Color(0x33, 0x2B, 0x26);
    private static final Color MUTED = new Color(0x8A, 0x7F, 0x76);

    private final PosterFonts fonts;

    public PosterRenderer(PosterFonts fonts) {
        this.fonts = fonts;
    }

    /** What the poster shows; {@code quote} replaces the title as the main text when present. */
    public record Poster(
            String brand,
            String kindLabel,
            String title,
            String quote,
            String quoteSource,
            String summary,
            String unitName,
            Optional<BufferedImage> cover,
            BufferedImage code) {}

    public byte[] render(Poster poster) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawBand(g, poster);
            int y = drawCover(g, poster, 160);
            y = drawMainText(g, poster, y + 56);
            drawUnit(g, poster, y + 24);
            drawFooter(g, poster);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode share poster", e);
        }
        return out.toByteArray();
    }

    private void drawBand(Graphics2D g, Poster poster) {
        g.setColor(RED);
        g.fillRect(0, 0, WIDTH, 128);
        g.setColor(GOLD);
        g.fillRect(0, 128, WIDTH, 6);
        g.setColor(Color.WHITE);
        g.setFont(fonts.font(Font.BOLD, 36f));
        g.drawString(poster.brand(), MARGIN, 78);
        g.setFont(fonts.font(Font.PLAIN, 24f));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(poster.kindLabel(), WIDTH - MARGIN - metrics.stringWidth(poster.kindLabel()), 76);
    }

    private int drawCover(Graphics2D g, Poster poster, int top) {
        int width = WIDTH - 2 * MARGIN;
        int height = 400;
        RoundRectangle2D frame = new RoundRectangle2D.Float(MARGIN, top, width, height, 24, 24);
        g.setClip(frame);
        if (poster.cover().isPresent()) {
            BufferedImage cover = poster.cover().get();
            double scale = Math.max((double) width / cover.getWidth(), (double) height / cover.getHeight());
            int drawnWidth = (int) Math.ceil(cover.getWidth() * scale);
            int drawnHeight = (int) Math.ceil(cover.getHeight() * scale);
            g.drawImage(
                    cover,
                    MARGIN + (width - drawnWidth) / 2,
                    top + (height - drawnHeight) / 2,
                    drawnWidth,
                    drawnHeight,
                    null);
        } else {
            g.setPaint(new GradientPaint(MARGIN, top, RED, MARGIN + width, top + height, new Color(0xE8, 0x5D, 0x3A)));
            g.fill(frame);
            g.setColor(new Color(255, 255, 255, 60));
            g.setFont(fonts.font(Font.BOLD, 120f));
            FontMetrics metrics = g.getFontMetrics();
            String mark = poster.kindLabel();
            g.drawString(
                    mark,
                    MARGIN + (width - metrics.stringWidth(mark)) / 2,
                    top + (height + metrics.getAscent() - metrics.getDescent()) / 2);
        }
        g.setClip(null);
        return top + height;
    }

    private int drawMainText(Graphics2D g, Poster poster, int top) {
        int width = WIDTH - 2 * MARGIN;
        int y = top;
        if (StringUtils.hasText(poster.quote())) {
            g.setColor(RED);
            g.setFont(fonts.font(Font.BOLD, 44f));
            y = drawWrapped(g, "“" + poster.quote().strip() + "”", MARGIN, y, width, 6);
            if (StringUtils.hasText(poster.quoteSource())) {
                g.setColor(MUTED);
                g.setFont(fonts.font(Font.PLAIN, 26f));
                y = drawWrapped(g, "—— " + poster.quoteSource().strip(), MARGIN, y + 12, width, 2);
            }
            return y;
        }
        g.setColor(INK);
        g.setFont(fonts.font(Font.BOLD, 44f));
        y = drawWrapped(g, poster.title(), MARGIN, y, width, 3);
        if (StringUtils.hasText(poster.summary())) {
            g.setColor(MUTED);
            g.setFont(fonts.font(Font.PLAIN, 28f));
            y = drawWrapped(g, poster.summary().strip(), MARGIN, y + 16, width, 4);
        }
        return y;
    }

    private void drawUnit(Graphics2D g, Poster poster, int top) {
        if (!StringUtils.hasText(poster.unitName()) || top > 1000) {
            return;
        }
        g.setColor(INK);
        g.setFont(fonts.font(Font.PLAIN, 26f));
        drawWrapped(g, "发布单位：" + poster.unitName(), MARGIN, top, WIDTH - 2 * MARGIN, 1);
    }

    private void drawFooter(Graphics2D g, Poster poster) {
        int top = 1060;
        g.setColor(new Color(0xE6, 0xD9, 0xCC));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(MARGIN, top, WIDTH - MARGIN, top);
        int codeSize = 220;
        int codeX = WIDTH - MARGIN - codeSize;
        int codeY = top + 28;
        g.drawImage(poster.code(), codeX, codeY, codeSize, codeSize, null);
        g.setColor(INK);
        g.setFont(fonts.font(Font.BOLD, 32f));
        g.drawString("长按识别小程序码", MARGIN, codeY + 90);
        g.setColor(MUTED);
        g.setFont(fonts.font(Font.PLAIN, 24f));
        g.drawString("收听、阅读更多文明实践内容", MARGIN, codeY + 140);
    }

    /** Draws text broken at the width (character by character: Chinese has no spaces); answers the next baseline. */
    private static int drawWrapped(Graphics2D g, String text, int x, int top, int width, int maxLines) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] codePoints = text.replaceAll("\\s+", " ").codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            String next = new String(Character.toChars(codePoints[i]));
            if (metrics.stringWidth(line + next) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    break;
                }
            }
            line.append(next);
        }
        if (lines.size() < maxLines && !line.isEmpty()) {
            lines.add(line.toString());
        } else if (lines.size() == maxLines) {
            String last = lines.get(maxLines - 1);
            lines.set(maxLines - 1, last.substring(0, Math.max(0, last.length() - 1)) + "…");
        }
        int lineHeight = (int) (metrics.getHeight() * 1.25);
        int y = top + metrics.getAscent();
        for (String l : lines) {
            g.drawString(l, x, y);
            y += lineHeight;
        }
        return y - lineHeight + metrics.getDescent();
    }
}
