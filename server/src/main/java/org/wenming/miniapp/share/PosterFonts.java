package org.wenming.miniapp.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.wenming.common.config.StartupPhase;
import org.wenming.miniapp.MiniAppProperties;

/**
 * The fonts posters are drawn with, as a fallback chain: each character takes the first font that has it, Mongolian
 * letters the Mongolian font. The project installs Debian's {@code fonts-noto-cjk} (Noto Sans CJK SC) and
 * {@code fonts-noto-core} (Noto Sans Mongolian) with {@code scripts/lib/ensure-poster-fonts.sh}; font files can be
 * named instead ({@code WENMING_POSTER_FONT_FILE}, {@code WENMING_POSTER_MONGOLIAN_FONT_FILE}). Without them
 * posters still render, with the JDK's logical font, and a warning says what to install.
 */
@Component
class PosterFonts {

    /** Every poster is measured and drawn in this context, so measured lines are exactly the drawn ones. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    static final String CHINESE_SAMPLE = "文明实践平语近人";
    static final String MONGOLIAN_SAMPLE = "ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ";
    private static final List<String> CHINESE_FAMILIES = List.of(
            "Noto Sans CJK SC",
            "Noto Serif CJK SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Droid Sans Fallback",
            "AR PL UMing CN");
    private static final List<String> MONGOLIAN_FAMILIES =
            List.of("Noto Sans Mongolian", "Mongolian Baiti", "Menk Qagan Tig");
    private static final Logger log = LoggerFactory.getLogger(PosterFonts.class);

    private final Font chinese;
    private final Font mongolian;
    private final List<Font> chain;
    private final Map<Sized, Sized.Fonts> derived = new ConcurrentHashMap<>();

    @Autowired
    public PosterFonts(MiniAppProperties properties) {
        this(
                StartupPhase.timed(
                        "fonts", () -> found(properties.poster().fontFile(), CHINESE_FAMILIES, CHINESE_SAMPLE)),
                found(properties.poster().mongolianFontFile(), MONGOLIAN_FAMILIES, MONGOLIAN_SAMPLE));
    }

    /** Draws with the fonts chosen, the JDK's logical font standing in for a missing one. */
    PosterFonts(Optional<Font> chinese, Optional<Font> mongolian) {
        Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        this.chinese = chinese.orElse(logical);
        this.mongolian = mongolian.orElse(this.chinese);
        List<Font> fonts = new ArrayList<>(List.of(this.chinese));
        mongolian.ifPresent(fonts::add);
        chinese.ifPresent(found -> fonts.add(logical));
        this.chain = List.copyOf(fonts);
        warnOfMissing(chinese, mongolian);
    }

    /** The fonts installed here, or named by these files. */
    static PosterFonts onThisMachine(String chineseFontFile, String mongolianFontFile) {
        return new PosterFonts(
                found(chineseFontFile, CHINESE_FAMILIES, CHINESE_SAMPLE),
                found(mongolianFontFile, MONGOLIAN_FAMILIES, MONGOLIAN_SAMPLE));
    }

    /** The font a character is drawn in: Mongolian letters (and the marks shaping them) in the Mongolian font. */
    Font fontFor(int codePoint, int style, float size) {
        Sized.Fonts sized = fonts(style, size);
        if (PosterScripts.shapesMongolian(codePoint) && sized.mongolian().canDisplay(codePoint)) {
            return sized.mongolian();
        }
        for (Font font : sized.chain()) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return sized.chinese();
    }

    /** The text with each run in its font, ready for a {@link TextLayout}. */
    AttributedString styled(String text, int style, float size) {
        AttributedString styled = new AttributedString(text);
        forEachRun(text, style, size, (font, start, end) -> styled.addAttribute(TextAttribute.FONT, font, start, end));
        return styled;
    }

    /** How far the text reaches along its line: its advance and any ink beyond it. */
    double width(String text, int style, float size) {
        return extent(text, style, size).length();
    }

    /**
     * Where a line's ink lies along it: {@code lead} before the pen's start (Mongolian letters reach back to join)
     * and the whole {@code length}, lead included. Mongolian is measured shaped, since joined letters are
     * narrower than isolated ones; other text by its advance, which holds its ink.
     */
    Extent extent(String text, int style, float size) {
        if (text.isEmpty()) {
            return new Extent(0, 0);
        }
        if (!PosterScripts.hasMongolian(text)) {
            double[] width = {0};
            forEachRun(
                    text,
                    style,
                    size,
                    (font, start, end) -> width[0] +=
                            font.getStringBounds(text, start, end, CONTEXT).getWidth());
            return new Extent(0, width[0]);
        }
        TextLayout layout = new TextLayout(styled(text, style, size).getIterator(), CONTEXT);
        Rectangle2D ink = layout.getBounds();
        // A column is drawn turned, where antialiasing reaches a pixel beyond the outline's bounds.
        double lead = Math.max(0, -ink.getX()) + 1;
        return new Extent(lead, lead + Math.max(layout.getAdvance(), ink.getMaxX()) + 1);
    }

    record Extent(double lead, double length) {}

    /** Ascent and descent of lines in the Chinese font, or of columns in the Mongolian one. */
    LineMetrics metrics(boolean mongolianText, int style, float size) {
        return mongolianText
                ? fonts(style, size).mongolian().getLineMetrics(MONGOLIAN_SAMPLE, CONTEXT)
                : fonts(style, size).chinese().getLineMetrics(CHINESE_SAMPLE, CONTEXT);
    }

    /** The chain's fonts, in the order characters look for a glyph. */
    List<Font> chain() {
        return chain;
    }

    public String name() {
        return chain.stream().map(Font::getFontName).collect(Collectors.joining(", "));
    }

    private interface RunConsumer {
        void accept(Font font, int start, int end);
    }

    private void forEachRun(String text, int style, float size, RunConsumer consumer) {
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            Font font = fontFor(text.codePointAt(i), style, size);
            if (current != null && !font.equals(current)) {
                consumer.accept(current, start, i);
                start = i;
            }
            current = font;
        }
        if (current != null) {
            consumer.accept(current, start, text.length());
        }
    }

    private Sized.Fonts fonts(int style, float size) {
        return derived.computeIfAbsent(
                new Sized(style, size),
                key -> new Sized.Fonts(
                        chinese.deriveFont(style, size),
                        mongolian.deriveFont(style, size),
                        chain.stream().map(font -> font.deriveFont(style, size)).toList()));
    }

    private record Sized(int style, float size) {
        private record Fonts(Font chinese, Font mongolian, List<Font> chain) {}
    }

    private void warnOfMissing(Optional<Font> chinese, Optional<Font> mongolian) {
        log.info("Share posters use the fonts {}", name());
        if (chinese.isEmpty()) {
            log.warn("No font with Chinese glyphs found: share posters show boxes instead of Chinese text. "
                    + "Install the Debian package fonts-noto-cjk (scripts/lib/ensure-poster-fonts.sh) "
                    + "or set WENMING_POSTER_FONT_FILE.");
        }
        if (mongolian.isEmpty()) {
            log.warn("No font with traditional Mongolian glyphs found: share posters show boxes instead of "
                    + "Mongolian text. Install the Debian package fonts-noto-core "
                    + "(scripts/lib/ensure-poster-fonts.sh) or set WENMING_POSTER_MONGOLIAN_FONT_FILE.");
        }
    }

    private static Optional<Font> found(String path, List<String> families, String sample) {
        return fromFile(path, sample).or(() -> installed(families, sample));
    }

    private static Optional<Font> fromFile(String path, String sample) {
        if (!StringUtils.hasText(path)) {
            return Optional.empty();
        }
        try {
            Font[] fonts = Font.createFonts(new File(path));
            return Arrays.stream(fonts)
                    .filter(f -> f.canDisplayUpTo(sample) == -1)
                    .findFirst();
        } catch (FontFormatException | IOException e) {
            log.warn("Poster font file {} cannot be read: {}", path, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Font> installed(List<String> preferred, String sample) {
        Set<String> families = Arrays.stream(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
        return preferred.stream()
                .filter(families::contains)
                .map(name -> new Font(name, Font.PLAIN, 12))
                .filter(f -> f.canDisplayUpTo(sample) == -1)
                .findFirst()
                .or(() -> families.stream()
                        .sorted()
                        .map(name -> new Font(name, Font.PLAIN, 12))
                        .filter(f -> !isLogical(f.getFamily()) && f.canDisplayUpTo(sample) == -1)
                        .findFirst());
    }

    private static boolean isLogical(String family) {
        return Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED)
                .contains(family);
    }
}
