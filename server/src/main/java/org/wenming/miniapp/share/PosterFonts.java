package org.wenming.miniapp.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.wenming.miniapp.MiniAppProperties;

/**
 * The font posters are drawn with. The project declares Debian's {@code fonts-noto-cjk} (Noto Sans CJK SC);
 * a font file can be named instead ({@code WENMING_POSTER_FONT_FILE}). Without any font that has Chinese
 * glyphs posters still render, with the JDK's logical font, and a warning says what to install.
 */
@Component
class PosterFonts {

    static final String SAMPLE = "文明实践平语近人";
    private static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC",
            "Noto Serif CJK SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Droid Sans Fallback",
            "AR PL UMing CN");
    private static final Logger log = LoggerFactory.getLogger(PosterFonts.class);

    private final Font base;

    @Autowired
    public PosterFonts(MiniAppProperties properties) {
        this(fromFile(properties.poster().fontFile()).or(PosterFonts::installed));
    }

    /** Draws with {@code chosen}, or with the JDK's logical font when there is none. */
    PosterFonts(Optional<Font> chosen) {
        this.base = chosen.orElseGet(() -> new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (chosen.isPresent()) {
            log.info("Share posters use the font {}", base.getFontName());
        } else {
            log.warn("No font with Chinese glyphs found: share posters show boxes instead of Chinese text. "
                    + "Install the Debian package fonts-noto-cjk or set WENMING_POSTER_FONT_FILE.");
        }
    }

    public Font font(int style, float size) {
        return base.deriveFont(style, size);
    }

    public String name() {
        return base.getFontName();
    }

    private static Optional<Font> fromFile(String path) {
        if (!StringUtils.hasText(path)) {
            return Optional.empty();
        }
        try {
            Font[] fonts = Font.createFonts(new File(path));
            return Arrays.stream(fonts)
                    .filter(f -> f.canDisplayUpTo(SAMPLE) == -1)
                    .findFirst();
        } catch (FontFormatException | IOException e) {
            log.warn("Poster font file {} cannot be read: {}", path, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Font> installed() {
        Set<String> families = Arrays.stream(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
        return PREFERRED.stream()
                .filter(families::contains)
                .map(name -> new Font(name, Font.PLAIN, 12))
                .filter(f -> f.canDisplayUpTo(SAMPLE) == -1)
                .findFirst()
                .or(() -> families.stream()
                        .sorted()
                        .map(name -> new Font(name, Font.PLAIN, 12))
                        .filter(f -> !isLogical(f.getFamily()) && f.canDisplayUpTo(SAMPLE) == -1)
                        .findFirst());
    }

    private static boolean isLogical(String family) {
        return Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED)
                .contains(family);
    }
}
