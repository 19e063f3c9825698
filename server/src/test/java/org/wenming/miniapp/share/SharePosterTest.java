package org.wenming.miniapp.share;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.TestProfiles;
import org.wenming.support.WeChatStub;

/** Share posters: a real PNG of the expected size, with the item's mini-program code, rendered once per version. */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class SharePosterTest {

    /** Where and how large {@link PosterRenderer} draws the item's image. */
    private static final int COVER_LEFT = 48;

    private static final int COVER_TOP = 160;
    private static final int COVER_WIDTH = PosterRenderer.WIDTH - 2 * COVER_LEFT;
    private static final int COVER_HEIGHT = 400;
    private static final String MONGOLIAN_TITLE = "ᠰᠣᠶᠣᠯ ᠤᠨ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠦᠯᠲᠡ";
    private static final String MONGOLIAN_QUOTE = "ᠠᠵᠠ ᠵᠢᠷᠭᠠᠯ ᠪᠣᠯ ᠲᠡᠮᠡᠴᠡᠯ ᠡᠴᠡ ᠢᠷᠡᠳᠡᠭ᠃";
    private static final String MONGOLIAN_SOURCE = "ᠰᠢᠨ᠎ᠡ ᠵᠢᠯ ᠦᠨ ᠮᠡᠨᠳᠦᠴᠢᠯᠡᠯ";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AdminApi admin;

    @Autowired
    MiniApi mini;

    @Test
    void thePosterIsAPngOfTheSharingSizeWithTheItemsCode() throws Exception {
        long id = publish(
                new HashMap<>(ContentSamples.of(ContentKind.AUDIO, admin.unitId("naiman"), MiniApi.unique("文明实践广播"))));
        byte[] png = poster(id);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(PosterRenderer.WIDTH).isEqualTo(750);
        assertThat(image.getHeight()).isEqualTo(PosterRenderer.HEIGHT).isEqualTo(1334);
        assertThat(codeRequests(id)).isEqualTo(1);
        assertThat(SharePosterService.scene(id).length()).isLessThanOrEqualTo(32);
    }

    @Test
    void aPosterIsRenderedOncePerVersionOfTheItem() throws Exception {
        Map<String, Object> fields =
                ContentSamples.of(ContentKind.POSTER, admin.unitId("naiman"), MiniApi.unique("分享海报"));
        long id = publish(fields);
        AdminApi.Session reviewer = admin.newUser("naiman", Role.REVIEWER);

        byte[] first = poster(id);
        assertThat(poster(id)).isEqualTo(first);
        assertThat(codeRequests(id)).isEqualTo(1);

        fields.put("quote", "绿水青山就是金山银山");
        fields.put("version", reviewer.content(id).get("version").asInt());
        reviewer.put("/api/admin/v1/contents/{id}", fields, id).andExpect(status().isOk());
        assertThat(poster(id)).isEqualTo(first);
        admin.newUser("naiman", Role.REVIEWER).action(id, "approve").andExpect(status().isOk());

        assertThat(poster(id)).isNotEqualTo(first);
        assertThat(codeRequests(id)).isEqualTo(2);
    }

    /**
     * The image is exactly the size of the poster's image frame (drawn at scale 1), in four colours none of which
     * the placeholder uses, so each pixel of the frame can be compared with the image's own.
     */
    @Test
    void aPosterOfAnItemWithAnImageDrawsThatImage() throws Exception {
        BufferedImage quadrants = quadrants(COVER_WIDTH, COVER_HEIGHT);
        String imageKey = admin.admin().uploadKey("image", "封面.png", png(quadrants));
        Map<String, Object> fields =
                new HashMap<>(ContentSamples.of(ContentKind.POSTER, admin.unitId("naiman"), MiniApi.unique("带图海报")));
        fields.put("imageKey", imageKey);

        BufferedImage poster = ImageIO.read(new ByteArrayInputStream(poster(publish(fields))));

        int inset = 24;
        for (int y = inset; y < COVER_HEIGHT - inset; y += 8) {
            for (int x = inset; x < COVER_WIDTH - inset; x += 8) {
                assertThat(new Color(poster.getRGB(COVER_LEFT + x, COVER_TOP + y)))
                        .as("poster pixel at %s,%s of the image frame", x, y)
                        .isEqualTo(new Color(quadrants.getRGB(x, y)));
            }
        }
    }

    @Test
    void aChineseItemIsSetInLinesUnderItsImage() throws Exception {
        BufferedImage poster = posterWithImage("zh", MiniApi.unique("中文海报"), "幸福都是奋斗出来的", "二〇一八年新年贺词");

        Rectangle ink = ink(poster, PosterRenderer.TEXT_BOX);
        assertThat(ink.width).as("lines across the box").isGreaterThan(300);
        assertThat(inkBands(poster, PosterRenderer.TEXT_BOX))
                .as("quote, source and unit")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aMongolianItemIsSetInColumnsUnderItsImage() throws Exception {
        BufferedImage poster =
                posterWithImage("mn", MONGOLIAN_TITLE + " " + MiniApi.unique(""), MONGOLIAN_QUOTE, MONGOLIAN_SOURCE);

        Rectangle top =
                new Rectangle(PosterRenderer.TEXT_BOX.x, PosterRenderer.TEXT_BOX.y, PosterRenderer.TEXT_BOX.width, 280);
        Rectangle ink = ink(poster, top);
        assertThat(ink.height).as("columns down the box").isGreaterThanOrEqualTo(250);
        assertThat(ink.width).as("a few columns from the left").isLessThan(320);
    }

    @Test
    void anItemInBothScriptsIsSetSideBySideUnderItsImage() throws Exception {
        BufferedImage poster = posterWithImage("mn", MiniApi.unique("蒙汉双语海报"), MONGOLIAN_QUOTE, "二〇一八年新年贺词");

        Rectangle box = PosterRenderer.TEXT_BOX;
        Rectangle left = ink(poster, new Rectangle(box.x, box.y, box.width / 2, 280));
        Rectangle right = ink(poster, new Rectangle(box.x + box.width / 2, box.y, box.width / 2, 280));
        assertThat(left.height).as("Mongolian columns on the left").isGreaterThanOrEqualTo(250);
        assertThat(right.isEmpty()).as("Chinese on the right").isFalse();
    }

    @Test
    void unpublishedItemsHaveNoPoster() throws Exception {
        long draft = admin.newUser("naiman", Role.EDITOR)
                .create(ContentSamples.of(ContentKind.AUDIO, admin.unitId("naiman"), "草稿"));
        mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/contents/{id}/share-poster", draft), MiniApi.newIp())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CONTENT_NOT_FOUND"));
        assertThat(codeRequests(draft)).isZero();
    }

    /**
     * The poster of a published item with an image: checked to show that image and to keep every word inside the
     * text box (the paper around it untouched).
     */
    private BufferedImage posterWithImage(String language, String title, String quote, String source) throws Exception {
        BufferedImage quadrants = quadrants(COVER_WIDTH, COVER_HEIGHT);
        Map<String, Object> fields =
                new HashMap<>(ContentSamples.of(ContentKind.POSTER, admin.unitId("naiman"), title));
        fields.put("language", language);
        fields.put("imageKey", admin.admin().uploadKey("image", "封面.png", png(quadrants)));
        fields.put("quote", quote);
        fields.put("quoteSource", source);
        BufferedImage poster = ImageIO.read(new ByteArrayInputStream(poster(publish(fields))));
        for (int y = 24; y < COVER_HEIGHT - 24; y += 8) {
            for (int x = 24; x < COVER_WIDTH - 24; x += 8) {
                assertThat(poster.getRGB(COVER_LEFT + x, COVER_TOP + y)).isEqualTo(quadrants.getRGB(x, y));
            }
        }
        Rectangle box = PosterRenderer.TEXT_BOX;
        assertThat(ink(poster, box).isEmpty()).as("text drawn").isFalse();
        int below = COVER_TOP + COVER_HEIGHT + 1;
        assertThat(ink(poster, new Rectangle(0, below, PosterRenderer.WIDTH, box.y - below))
                        .isEmpty())
                .isTrue();
        assertThat(ink(poster, new Rectangle(0, box.y, box.x, box.height)).isEmpty())
                .isTrue();
        assertThat(ink(poster, new Rectangle(box.x + box.width, box.y, box.x, box.height))
                        .isEmpty())
                .isTrue();
        int footer = PosterRenderer.FOOTER_TOP - 2;
        assertThat(ink(poster, new Rectangle(0, box.y + box.height, PosterRenderer.WIDTH, footer - box.y - box.height))
                        .isEmpty())
                .isTrue();
        return poster;
    }

    /** The bounds of every pixel in the region that is not the poster's paper (empty when there is none). */
    private static Rectangle ink(BufferedImage image, Rectangle region) {
        Rectangle ink = new Rectangle();
        for (int y = region.y; y < region.y + region.height; y++) {
            for (int x = region.x; x < region.x + region.width; x++) {
                if (image.getRGB(x, y) != PosterRenderer.PAPER.getRGB()) {
                    ink = ink.isEmpty() ? new Rectangle(x, y, 1, 1) : ink.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return ink;
    }

    /** How many bands of rows with ink, separated by rows without, the region has. */
    private static int inkBands(BufferedImage image, Rectangle region) {
        int bands = 0;
        boolean inBand = false;
        for (int y = region.y; y < region.y + region.height; y++) {
            boolean rowInk =
                    !ink(image, new Rectangle(region.x, y, region.width, 1)).isEmpty();
            if (rowInk && !inBand) {
                bands++;
            }
            inBand = rowInk;
        }
        return bands;
    }

    private static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] colours = {new Color(0x1E5AC8), new Color(0x2E9E4F), new Color(0xF2F2F2), new Color(0x202020)};
        for (int i = 0; i < 4; i++) {
            g.setColor(colours[i]);
            g.fillRect(i % 2 * width / 2, i / 2 * height / 2, width / 2, height / 2);
        }
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long publish(Map<String, Object> fields) {
        return admin.desk("naiman").published(fields);
    }

    private byte[] poster(long id) throws Exception {
        return mini.anonymous(
                        MockMvcRequestBuilders.get("/api/mini/v1/contents/{id}/share-poster", id), MiniApi.newIp())
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static long codeRequests(long id) {
        RequestPatternBuilder request = postRequestedFor(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .withRequestBody(matchingJsonPath("$.scene", equalTo("c=" + id)))
                .withRequestBody(matchingJsonPath("$.page", equalTo("pages/content/detail")));
        return WeChatStub.server().countRequestsMatching(request.build()).getCount();
    }
}
