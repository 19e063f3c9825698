package org.wenming.miniapp.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.springframework.util.StringUtils;

/**
 * Lays out a poster's words in its text box: Chinese in lines, traditional Mongolian in columns (top to bottom,
 * columns left to right), and an item carrying both side by side, Mongolian first (on the left) as bilingual
 * publicity in Inner Mongolia places it. Text too long for the box shrinks down to a smallest size; what still
 * does not fit is cut with an ellipsis, so nothing reaches the footer or the code.
 */
final class PosterTextBox {

    private static final float CHINESE_LARGEST = 44f;
    private static final float CHINESE_SMALLEST = 26f;
    private static final float MONGOLIAN_LARGEST = 40f;
    private static final float MONGOLIAN_SMALLEST = 24f;
    private static final float UNIT_SIZE = 26f;
    private static final int UNIT_GAP = 24;
    private static final int GUTTER = 32;

    /**
     * One line as drawn: its pen starts {@code lead} into the box, on the baseline {@code ascent} below the box's
     * top; a vertical one is a Mongolian column, a line turned a quarter clockwise to read downwards.
     */
    record Placed(
            String text,
            int style,
            float size,
            Color color,
            Rectangle2D box,
            double lead,
            float ascent,
            boolean vertical) {}

    /** The text a paragraph shows, its style, its size relative to the main text and its most lines. */
    private record Paragraph(String text, int style, float scale, Color color, int maxLines) {}

    /** A paragraph's line at a distance {@code offset} from the side's start (down for lines, right for columns). */
    private record Line(String text, Paragraph paragraph, float size, double offset, double thickness, float ascent) {

        double end() {
            return offset + thickness;
        }
    }

    private final PosterFonts fonts;

    PosterTextBox(PosterFonts fonts) {
        this.fonts = fonts;
    }

    List<Placed> layout(PosterRenderer.Poster poster, Rectangle2D box) {
        List<Paragraph> mongolian = side(poster, PosterScripts.Parts::mongolian, true);
        List<Paragraph> chinese = side(poster, PosterScripts.Parts::chinese, false);
        boolean hasUnit = StringUtils.hasText(poster.unitName());
        double unitSpace = hasUnit ? thickness(fonts.metrics(false, Font.PLAIN, UNIT_SIZE)) + UNIT_GAP : 0;
        double x = box.getX();
        double width = box.getWidth();
        double height = box.getHeight() - unitSpace;
        List<Placed> placed = new ArrayList<>();
        double bottom = box.getY();
        if (!mongolian.isEmpty()) {
            double columnsWidth = chinese.isEmpty() ? width : (width - GUTTER) / 2;
            List<Line> columns = fit(mongolian, true, height, columnsWidth, MONGOLIAN_LARGEST, MONGOLIAN_SMALLEST);
            for (Line column : columns) {
                PosterFonts.Extent extent =
                        fonts.extent(column.text(), column.paragraph().style(), column.size());
                Rectangle2D at =
                        new Rectangle2D.Double(x + column.offset(), box.getY(), column.thickness(), extent.length());
                placed.add(placed(column, at, extent.lead(), true));
                bottom = Math.max(bottom, at.getMaxY());
            }
            double used = columns.get(columns.size() - 1).end() + GUTTER;
            x += used;
            width -= used;
        }
        if (!chinese.isEmpty()) {
            for (Line line : fit(chinese, false, width, height, CHINESE_LARGEST, CHINESE_SMALLEST)) {
                PosterFonts.Extent extent =
                        fonts.extent(line.text(), line.paragraph().style(), line.size());
                Rectangle2D at =
                        new Rectangle2D.Double(x, box.getY() + line.offset(), extent.length(), line.thickness());
                placed.add(placed(line, at, extent.lead(), false));
                bottom = Math.max(bottom, at.getMaxY());
            }
        }
        if (hasUnit) {
            placed.add(unit(poster.unitName(), box, bottom + UNIT_GAP));
        }
        return placed;
    }

    /**
     * The paragraphs of one script: the quote (or, without one in this script, the title) and then the quote's
     * source, or the title and then the summary on items without a quote.
     */
    private static List<Paragraph> side(
            PosterRenderer.Poster poster, Function<PosterScripts.Parts, String> script, boolean mongolian) {
        boolean quoted = StringUtils.hasText(poster.quote());
        String quote = script.apply(PosterScripts.split(poster.quote()));
        String secondary = script.apply(PosterScripts.split(quoted ? poster.quoteSource() : poster.summary()));
        List<Paragraph> paragraphs = new ArrayList<>();
        if (!quote.isEmpty()) {
            // Chinese quotation marks have no place in a Mongolian column.
            String shown = mongolian ? quote : "“" + quote + "”";
            paragraphs.add(new Paragraph(shown, Font.BOLD, 1f, PosterRenderer.RED, Integer.MAX_VALUE));
        } else {
            String title = script.apply(PosterScripts.split(poster.title()));
            if (!title.isEmpty()) {
                paragraphs.add(new Paragraph(title, Font.BOLD, 1f, PosterRenderer.INK, Integer.MAX_VALUE));
            }
        }
        if (!secondary.isEmpty()) {
            paragraphs.add(
                    quoted
                            ? new Paragraph("—— " + secondary, Font.PLAIN, 0.6f, PosterRenderer.MUTED, 2)
                            : new Paragraph(secondary, Font.PLAIN, 0.64f, PosterRenderer.MUTED, 4));
        }
        return paragraphs;
    }

    /**
     * The paragraphs at the largest size whose lines fit both ways; at the smallest size the first paragraph
     * keeps the lines that leave room for the others, the last kept one ending in an ellipsis.
     */
    private List<Line> fit(
            List<Paragraph> paragraphs, boolean mongolian, double length, double depth, float largest, float smallest) {
        for (float size = largest; size > smallest; size -= 2) {
            List<Line> lines = stack(blocks(paragraphs, mongolian, size, length, depth), size);
            if (extent(lines) <= depth) {
                return lines;
            }
        }
        List<Block> blocks = blocks(paragraphs, mongolian, smallest, length, depth);
        List<Line> lines = stack(blocks, smallest);
        if (extent(lines) <= depth) {
            return lines;
        }
        Block main = blocks.get(0);
        double othersDepth = extent(lines) - main.depth() - 0.3 * smallest;
        List<Block> kept = new ArrayList<>(blocks);
        if (othersDepth + 0.3 * smallest + main.thickness() > depth) {
            kept = new ArrayList<>(List.of(main));
            othersDepth = -0.3 * smallest;
        }
        int room = (int) Math.floor((depth - othersDepth - 0.3 * smallest - main.thickness()) / main.pitch()) + 1;
        kept.set(0, main.truncated(Math.max(1, room), length, fonts));
        return stack(kept, smallest);
    }

    /** A paragraph broken into lines at one size. */
    private record Block(
            Paragraph paragraph, List<String> lines, float size, double thickness, double pitch, float ascent) {

        double depth() {
            return (lines.size() - 1) * pitch + thickness;
        }

        Block truncated(int maxLines, double length, PosterFonts fonts) {
            if (lines.size() <= maxLines) {
                return this;
            }
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = PosterLines.withEllipsis(
                    kept.get(maxLines - 1), length, t -> fonts.width(t, paragraph.style(), size));
            kept.set(maxLines - 1, last);
            return new Block(paragraph, kept, size, thickness, pitch, ascent);
        }
    }

    /**
     * The paragraphs broken into lines; the main one (unlimited) only into one line more than the depth holds,
     * enough to tell that it does not fit and to cut it.
     */
    private List<Block> blocks(List<Paragraph> paragraphs, boolean mongolian, float size, double length, double depth) {
        List<Block> blocks = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            float paragraphSize = Math.round(size * paragraph.scale());
            LineMetrics metrics = fonts.metrics(mongolian, paragraph.style(), paragraphSize);
            double thickness = thickness(metrics);
            // Chinese lines need leading to read; Mongolian fonts already carry it in their tall ascent.
            double pitch = thickness * (mongolian ? 1.0 : 1.2);
            ToDoubleFunction<String> width = t -> fonts.width(t, paragraph.style(), paragraphSize);
            List<String> lines = paragraph.maxLines() == Integer.MAX_VALUE
                    ? PosterLines.lines(paragraph.text(), length, (int) ((depth - thickness) / pitch) + 2, width)
                    : PosterLines.fit(paragraph.text(), length, paragraph.maxLines(), width);
            blocks.add(new Block(paragraph, lines, paragraphSize, thickness, pitch, metrics.getAscent()));
        }
        return blocks;
    }

    /** The blocks' lines one after the other, a gap of 0.3 of the main size between blocks. */
    private static List<Line> stack(List<Block> blocks, float size) {
        List<Line> lines = new ArrayList<>();
        double offset = 0;
        for (Block block : blocks) {
            if (!lines.isEmpty()) {
                offset = lines.get(lines.size() - 1).end() + 0.3 * size;
            }
            for (String text : block.lines()) {
                lines.add(new Line(text, block.paragraph(), block.size(), offset, block.thickness(), block.ascent()));
                offset += block.pitch();
            }
        }
        return lines;
    }

    private Placed unit(String unitName, Rectangle2D box, double top) {
        String text = PosterLines.fit(
                        "发布单位：" + unitName.strip(), box.getWidth(), 1, t -> fonts.width(t, Font.PLAIN, UNIT_SIZE))
                .get(0);
        LineMetrics metrics = fonts.metrics(false, Font.PLAIN, UNIT_SIZE);
        PosterFonts.Extent extent = fonts.extent(text, Font.PLAIN, UNIT_SIZE);
        Rectangle2D at = new Rectangle2D.Double(box.getX(), top, extent.length(), thickness(metrics));
        return new Placed(
                text, Font.PLAIN, UNIT_SIZE, PosterRenderer.INK, at, extent.lead(), metrics.getAscent(), false);
    }

    private static Placed placed(Line line, Rectangle2D box, double lead, boolean vertical) {
        return new Placed(
                line.text(),
                line.paragraph().style(),
                line.size(),
                line.paragraph().color(),
                box,
                lead,
                line.ascent(),
                vertical);
    }

    private static double extent(List<Line> lines) {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).end();
    }

    private static double thickness(LineMetrics metrics) {
        return metrics.getAscent() + metrics.getDescent();
    }
}
