package org.wenming.miniapp.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Draws the share poster: the brand band, the cover (or a coloured panel), the quote or title in Chinese,
 * Mongolian or both (see {@link PosterTextBox}), the unit, and the mini-program code residents long-press in
 * Moments. 750 × 1334, the size WeChat shows full-screen.
 */
@Component
class PosterRenderer {

    public static final int WIDTH = 750;
    public static final int HEIGHT = 1334;
    private static final int MARGIN = 48;
    static final Rectangle COVER = new Rectangle(MARGIN, 160, WIDTH - 2 * MARGIN, 400);
    /** Every word of the item stays inside: below the cover, above the footer's rule. */
    static final Rectangle TEXT_BOX = new Rectangle(MARGIN, 600, WIDTH - 2 * MARGIN, 430);

    static final int FOOTER_TOP = 1060;
    static final Color RED = new Color(0xC8, 0x10, 0x2E);
    static final Color PAPER = new Color(0xFF, 0xF8, 0xF0);
    static final Color INK = new Color(0x33, 0x2B, 0x26);
    static final Color MUTED = new Color(0x8A, 0x7F, 0x76);
    private static final Color GOLD = new Color(0xF2, 0xC1, 0x4E);

    private final PosterFonts fonts;
    private final PosterTextBox textBox;

    public PosterRenderer(PosterFonts fonts) {
        this.fonts = fonts;
        this.textBox = new PosterTextBox(fonts);
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(poster), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode share poster", e);
        }
        return out.toByteArray();
    }

    BufferedImage image(Poster poster) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawBand(g, poster);
            drawCover(g, poster);
            text(poster).forEach(placed -> draw(g, placed));
            drawFooter(g, poster);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Where each line of the item's words goes in {@link #TEXT_BOX}. */
    List<PosterTextBox.Placed> text(Poster poster) {
        return textBox.layout(poster, TEXT_BOX);
    }

    private void drawBand(Graphics2D g, Poster poster) {
        g.setColor(RED);
        g.fillRect(0, 0, WIDTH, 128);
        g.setColor(GOLD);
        g.fillRect(0, 128, WIDTH, 6);
        g.setColor(Color.WHITE);
        double kindWidth = fonts.width(poster.kindLabel(), Font.PLAIN, 24f);
        drawLine(g, poster.kindLabel(), Font.PLAIN, 24f, WIDTH - MARGIN - kindWidth, 76);
        double brandWidth = WIDTH - 2 * MARGIN - kindWidth - 24;
        String brand = PosterLines.fit(poster.brand(), brandWidth, 1, t -> fonts.width(t, Font.BOLD, 36f))
                .get(0);
        drawLine(g, brand, Font.BOLD, 36f, MARGIN, 78);
    }

    private void drawCover(Graphics2D g, Poster poster) {
        RoundRectangle2D frame = new RoundRectangle2D.Float(COVER.x, COVER.y, COVER.width, COVER.height, 24, 24);
        g.setClip(frame);
        if (poster.cover().isPresent()) {
            BufferedImage cover = poster.cover().get();
            double scale = Math.max((double) COVER.width / cover.getWidth(), (double) COVER.height / cover.getHeight());
            int drawnWidth = (int) Math.ceil(cover.getWidth() * scale);
            int drawnHeight = (int) Math.ceil(cover.getHeight() * scale);
            g.drawImage(
                    cover,
                    COVER.x + (COVER.width - drawnWidth) / 2,
                    COVER.y + (COVER.height - drawnHeight) / 2,
                    drawnWidth,
                    drawnHeight,
                    null);
        } else {
            g.setPaint(new GradientPaint(
                    COVER.x, COVER.y, RED, COVER.x + COVER.width, COVER.y + COVER.height, new Color(0xE8, 0x5D, 0x3A)));
            g.fill(frame);
            g.setColor(new Color(255, 255, 255, 60));
            String mark = poster.kindLabel();
            float size = 120f;
            float ascent = fonts.metrics(false, Font.BOLD, size).getAscent();
            float descent = fonts.metrics(false, Font.BOLD, size).getDescent();
            drawLine(
                    g,
                    mark,
                    Font.BOLD,
                    size,
                    COVER.x + (COVER.width - fonts.width(mark, Font.BOLD, size)) / 2,
                    COVER.y + (COVER.height + ascent - descent) / 2);
        }
        g.setClip(null);
    }

    private void drawFooter(Graphics2D g, Poster poster) {
        g.setColor(new Color(0xE6, 0xD9, 0xCC));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(MARGIN, FOOTER_TOP, WIDTH - MARGIN, FOOTER_TOP);
        int codeSize = 220;
        int codeX = WIDTH - MARGIN - codeSize;
        int codeY = FOOTER_TOP + 28;
        g.drawImage(poster.code(), codeX, codeY, codeSize, codeSize, null);
        g.setColor(INK);
        drawLine(g, "长按识别小程序码", Font.BOLD, 32f, MARGIN, codeY + 90);
        g.setColor(MUTED);
        drawLine(g, "收听、阅读更多文明实践内容", Font.PLAIN, 24f, MARGIN, codeY + 140);
    }

    /** A line of the text box; a Mongolian column is drawn as its line turned a quarter clockwise. */
    private void draw(Graphics2D g, PosterTextBox.Placed placed) {
        g.setColor(placed.color());
        TextLayout layout = layout(placed.text(), placed.style(), placed.size());
        Rectangle2D box = placed.box();
        if (!placed.vertical()) {
            layout.draw(g, (float) (box.getX() + placed.lead()), (float) (box.getY() + placed.ascent()));
            return;
        }
        AffineTransform horizontal = g.getTransform();
        g.translate(box.getX() + box.getWidth() - placed.ascent(), box.getY() + placed.lead());
        g.rotate(Math.PI / 2);
        layout.draw(g, 0, 0);
        g.setTransform(horizontal);
    }

    private void drawLine(Graphics2D g, String text, int style, float size, double x, double baseline) {
        if (!text.isEmpty()) {
            layout(text, style, size).draw(g, (float) x, (float) baseline);
        }
    }

    private TextLayout layout(String text, int style, float size) {
        return new TextLayout(fonts.styled(text, style, size).getIterator(), PosterFonts.CONTEXT);
    }
}
