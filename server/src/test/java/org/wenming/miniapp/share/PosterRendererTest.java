package org.wenming.miniapp.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Posters in Chinese, traditional Mongolian and both: lines broken by the rules of Chinese typesetting, Mongolian
 * in columns, every glyph from a font that has it, and nothing outside the text box.
 */
class PosterRendererTest {

    /** Install with {@code scripts/lib/ensure-poster-fonts.sh}; CI runs it before the tests. */
    private static final PosterFonts FONTS = PosterFonts.onThisMachine(null, null);

    private static final PosterRenderer RENDERER = new PosterRenderer(FONTS);
    private static final String CHINESE_QUOTE =
            "幸福都是奋斗出来的，奋斗本身就是一种幸福。只有奋斗的人生才称得上幸福的人生！" + "“绿水青山就是金山银山”，这是重要的发展理念，也是推进现代化建设的重大原则。";
    private static final String MONGOLIAN_QUOTE =
            "ᠠᠵᠠ ᠵᠢᠷᠭᠠᠯ ᠪᠣᠯ ᠲᠡᠮᠡᠴᠡᠯ ᠡᠴᠡ ᠢᠷᠡᠳᠡᠭ᠃ ᠲᠡᠮᠡᠴᠡᠯ ᠥᠪᠡᠷ ᠢ ᠪᠡᠨ ᠨᠢᠭᠡ ᠵᠢᠷᠭᠠᠯ ᠮᠥᠨ᠃ "
                    + "ᠨᠣᠭᠣᠭᠠᠨ ᠤᠰᠤ ᠨᠣᠭᠣᠭᠠᠨ ᠠᠭᠤᠯᠠ ᠪᠣᠯ ᠠᠯᠲᠠ ᠮᠥᠩᠭᠦᠨ ᠠᠭᠤᠯᠠ ᠮᠥᠨ᠃";
    private static final String MONGOLIAN_TITLE = "ᠰᠣᠶᠣᠯ ᠤᠨ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠦᠯᠲᠡ";
    private static final ToDoubleFunction<String> ONE_PER_CHARACTER = text -> text.codePointCount(0, text.length());

    @Test
    void closingPunctuationNeverBeginsALine() {
        List<String> lines = PosterLines.lines("一二三四五。六七八九十，十一", 5, ONE_PER_CHARACTER);

        assertThat(lines).containsExactly("一二三四", "五。六七八", "九十，十一");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        List<String> lines = PosterLines.lines("一二三四「五六」七", 5, ONE_PER_CHARACTER);

        assertThat(lines).containsExactly("一二三四", "「五六」七");
    }

    @Test
    void aDashOrAnEllipsisIsNeverSplitAndALatinWordStaysWhole() {
        assertThat(PosterLines.lines("一二三四——五六", 5, ONE_PER_CHARACTER)).containsExactly("一二三四", "——五六");
        assertThat(PosterLines.lines("一二三四……", 5, ONE_PER_CHARACTER)).containsExactly("一二三", "四……");
        assertThat(PosterLines.lines("学习2026年", 5, ONE_PER_CHARACTER)).containsExactly("学习", "2026年");
    }

    @Test
    void noLineOfARealQuoteBeginsWithClosingOrEndsWithOpeningPunctuationAtAnyWidth() {
        for (int width = 200; width <= PosterRenderer.TEXT_BOX.width; width += 7) {
            for (String line : PosterLines.lines(CHINESE_QUOTE, width, text -> FONTS.width(text, Font.BOLD, 44f))) {
                assertThat(PosterLines.NO_LINE_START)
                        .as("start of %s at %s", line, width)
                        .doesNotContain(first(line));
                assertThat(PosterLines.NO_LINE_END)
                        .as("end of %s at %s", line, width)
                        .doesNotContain(last(line));
                assertThat(FONTS.width(line, Font.BOLD, 44f)).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void textLongerThanItsLinesEndsInAnEllipsisThatFits() {
        List<String> lines = PosterLines.fit(CHINESE_QUOTE, 300, 2, text -> FONTS.width(text, Font.BOLD, 44f));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(FONTS.width(lines.get(1), Font.BOLD, 44f)).isLessThanOrEqualTo(300);
    }

    @Test
    void mongolianColumnsBreakBetweenWords() {
        List<String> columns = PosterLines.lines(MONGOLIAN_QUOTE, 300, text -> FONTS.width(text, Font.BOLD, 36f));

        assertThat(columns).hasSizeGreaterThan(2);
        assertThat(String.join(" ", columns)).isEqualTo(MONGOLIAN_QUOTE.strip());
        assertThat(columns)
                .allSatisfy(column ->
                        assertThat(FONTS.width(column, Font.BOLD, 36f)).isLessThanOrEqualTo(300));
    }

    @Test
    void theFontChainHasChineseAndTraditionalMongolianGlyphs() {
        Font chinese = FONTS.chain().get(0);
        assertThat(chinese.canDisplayUpTo(PosterFonts.CHINESE_SAMPLE + CHINESE_QUOTE))
                .as("a Chinese font is installed (scripts/lib/ensure-poster-fonts.sh): %s", FONTS.name())
                .isEqualTo(-1);
        assertThat(FONTS.chain())
                .as("a Mongolian font is installed (scripts/lib/ensure-poster-fonts.sh): %s", FONTS.name())
                .anySatisfy(font -> assertThat(font.canDisplayUpTo(MONGOLIAN_QUOTE.replace(" ", "")))
                        .isEqualTo(-1));
    }

    @Test
    void eachFieldSplitsIntoItsMongolianAndItsChinesePart() {
        assertThat(PosterScripts.split("文明实践 / " + MONGOLIAN_TITLE))
                .isEqualTo(new PosterScripts.Parts(MONGOLIAN_TITLE, "文明实践"));
        assertThat(PosterScripts.split("2026 " + MONGOLIAN_TITLE))
                .isEqualTo(new PosterScripts.Parts("2026 " + MONGOLIAN_TITLE, ""));
        assertThat(PosterScripts.split("二〇一八年新年贺词")).isEqualTo(new PosterScripts.Parts("", "二〇一八年新年贺词"));
    }

    @Test
    void aChinesePosterIsSetInLinesInsideItsBox() throws Exception {
        PosterRenderer.Poster poster = poster("文明实践", CHINESE_QUOTE.repeat(3), "二〇一八年新年贺词");

        List<PosterTextBox.Placed> text = RENDERER.text(poster);

        assertThat(text).noneMatch(PosterTextBox.Placed::vertical);
        assertThat(text.get(text.size() - 2).text()).startsWith("——");
        assertThat(text.stream().filter(line -> line.color().equals(PosterRenderer.RED)))
                .last()
                .satisfies(line -> assertThat(line.text()).endsWith("…"));
        assertWellSet(poster, text);
    }

    @Test
    void aMongolianPosterIsSetInColumnsTopToBottomLeftToRight() throws Exception {
        PosterRenderer.Poster poster = poster(MONGOLIAN_TITLE, MONGOLIAN_QUOTE.repeat(4), MONGOLIAN_TITLE);

        List<PosterTextBox.Placed> text = RENDERER.text(poster);

        List<PosterTextBox.Placed> columns = text.subList(0, text.size() - 1);
        assertThat(columns).hasSizeGreaterThan(3).allMatch(PosterTextBox.Placed::vertical);
        assertThat(columns)
                .allSatisfy(column -> assertThat(column.box().getHeight())
                        .isGreaterThan(column.box().getWidth()));
        assertThat(columns.stream().mapToDouble(column -> column.box().getX())).isSorted();
        assertThat(text.get(text.size() - 1).text()).startsWith("发布单位：");
        assertWellSet(poster, text);
    }

    @Test
    void anItemInBothScriptsIsSetSideBySideMongolianFirst() throws Exception {
        PosterRenderer.Poster poster =
                poster("文明实践", MONGOLIAN_QUOTE.repeat(2) + " / " + CHINESE_QUOTE.repeat(2), "二〇一八年新年贺词");

        List<PosterTextBox.Placed> text = RENDERER.text(poster);

        List<PosterTextBox.Placed> columns =
                text.stream().filter(PosterTextBox.Placed::vertical).toList();
        List<PosterTextBox.Placed> lines = text.stream()
                .filter(line -> !line.vertical() && !line.text().startsWith("发布单位"))
                .toList();
        assertThat(columns).isNotEmpty();
        assertThat(lines).isNotEmpty();
        double columnsEnd =
                columns.stream().mapToDouble(c -> c.box().getMaxX()).max().orElseThrow();
        assertThat(lines).allSatisfy(line -> assertThat(line.box().getX()).isGreaterThan(columnsEnd));
        assertThat(lines.get(0).text()).startsWith("“");
        assertWellSet(poster, text);
    }

    @Test
    void withoutAnyFontThePosterStillRendersAtFullSize() throws Exception {
        PosterRenderer renderer = new PosterRenderer(new PosterFonts(Optional.empty(), Optional.empty()));

        byte[] png = renderer.render(poster("标题", CHINESE_QUOTE + MONGOLIAN_QUOTE, "出处"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PosterRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PosterRenderer.HEIGHT);
    }

    /**
     * Every line inside the text box, with ink in it, no glyph the font's missing-glyph box; the poster paper
     * around the box; the cover the item's image and the footer as on a poster with one word.
     */
    private static void assertWellSet(PosterRenderer.Poster poster, List<PosterTextBox.Placed> text) {
        BufferedImage image = RENDERER.image(poster);
        for (PosterTextBox.Placed line : text) {
            assertThat(PosterRenderer.TEXT_BOX.contains(line.box()))
                    .as("%s inside the box", line)
                    .isTrue();
            assertThat(hasInk(image, line.box())).as("%s drawn", line.text()).isTrue();
            assertNoMissingGlyph(line);
            if (!line.vertical()) {
                assertThat(PosterLines.NO_LINE_START).doesNotContain(first(line.text()));
                assertThat(PosterLines.NO_LINE_END).doesNotContain(last(line.text()));
            }
        }
        Rectangle box = PosterRenderer.TEXT_BOX;
        int below = PosterRenderer.COVER.y + PosterRenderer.COVER.height + 1;
        assertPaper(image, new Rectangle(0, below, PosterRenderer.WIDTH, box.y - below));
        assertPaper(image, new Rectangle(0, box.y, box.x, box.height));
        assertPaper(
                image, new Rectangle(box.x + box.width, box.y, PosterRenderer.WIDTH - box.x - box.width, box.height));
        assertPaper(
                image,
                new Rectangle(
                        0,
                        box.y + box.height,
                        PosterRenderer.WIDTH,
                        PosterRenderer.FOOTER_TOP - 2 - box.y - box.height));
        BufferedImage shortOne = RENDERER.image(new PosterRenderer.Poster(
                poster.brand(), poster.kindLabel(), "文", "文", null, null, null, poster.cover(), poster.code()));
        for (int y = PosterRenderer.FOOTER_TOP - 2; y < PosterRenderer.HEIGHT; y += 3) {
            for (int x = 0; x < PosterRenderer.WIDTH; x += 3) {
                assertThat(image.getRGB(x, y)).as("footer pixel %s,%s", x, y).isEqualTo(shortOne.getRGB(x, y));
            }
        }
        Rectangle cover = PosterRenderer.COVER;
        BufferedImage item = poster.cover().orElseThrow();
        for (int y = 24; y < cover.height - 24; y += 8) {
            for (int x = 24; x < cover.width - 24; x += 8) {
                assertThat(image.getRGB(cover.x + x, cover.y + y)).isEqualTo(item.getRGB(x, y));
            }
        }
    }

    private static void assertNoMissingGlyph(PosterTextBox.Placed line) {
        line.text().codePoints().filter(codePoint -> codePoint != ' ').forEach(codePoint -> {
            Font font = FONTS.fontFor(codePoint, line.style(), line.size());
            char[] chars = Character.toChars(codePoint);
            int glyph = font.layoutGlyphVector(PosterFonts.CONTEXT, chars, 0, chars.length, 0)
                    .getGlyphCode(0);
            assertThat(glyph)
                    .as("glyph of U+%04X in %s", codePoint, font.getFontName())
                    .isNotEqualTo(font.getMissingGlyphCode());
        });
    }

    private static boolean hasInk(BufferedImage image, Rectangle2D box) {
        Rectangle pixels = box.getBounds();
        for (int y = pixels.y; y < pixels.y + pixels.height; y++) {
            for (int x = pixels.x; x < pixels.x + pixels.width; x++) {
                if (image.getRGB(x, y) != PosterRenderer.PAPER.getRGB()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void assertPaper(BufferedImage image, Rectangle region) {
        for (int y = region.y; y < region.y + region.height; y++) {
            for (int x = region.x; x < region.x + region.width; x++) {
                assertThat(new Color(image.getRGB(x, y)))
                        .as("pixel %s,%s", x, y)
                        .isEqualTo(PosterRenderer.PAPER);
            }
        }
    }

    private static PosterRenderer.Poster poster(String title, String quote, String source) {
        return new PosterRenderer.Poster(
                "奈曼旗新时代文明实践",
                "平语近人",
                title,
                quote,
                source,
                null,
                "奈曼旗新时代文明实践中心",
                Optional.of(quadrants()),
                new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB));
    }

    private static BufferedImage quadrants() {
        Rectangle cover = PosterRenderer.COVER;
        BufferedImage image = new BufferedImage(cover.width, cover.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] colours = {new Color(0x1E5AC8), new Color(0x2E9E4F), new Color(0xF2F2F2), new Color(0x202020)};
        for (int i = 0; i < 4; i++) {
            g.setColor(colours[i]);
            g.fillRect(i % 2 * cover.width / 2, i / 2 * cover.height / 2, cover.width / 2, cover.height / 2);
        }
        g.dispose();
        return image;
    }

    private static String first(String line) {
        return new String(Character.toChars(line.codePointAt(0)));
    }

    private static String last(String line) {
        return new String(Character.toChars(line.codePointBefore(line.length())));
    }
}
