package org.wenming.miniapp.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Posters render whatever fonts the machine has, down to none with Chinese glyphs at all. */
class PosterRendererTest {

    @Test
    void withoutAnyChineseFontThePosterStillRendersAtFullSize() throws Exception {
        PosterRenderer renderer = new PosterRenderer(new PosterFonts(Optional.empty()));
        BufferedImage code = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        BufferedImage cover = new BufferedImage(1200, 500, BufferedImage.TYPE_INT_RGB);

        byte[] png = renderer.render(new PosterRenderer.Poster(
                "奈曼旗新时代文明实践", "平语近人", "标题", "一句很长很长的金句".repeat(20), "出处", null, "奈曼旗", Optional.of(cover), code));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PosterRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PosterRenderer.HEIGHT);
    }
}
