package org.wenming.miniapp.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.content.PublicContentDetail;
import org.wenming.content.PublishedContent;
import org.wenming.media.MediaLinks;
import org.wenming.media.MediaStorage;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.wechat.WeChatClient;

/**
 * Share posters of public items. A poster is stored under a fingerprint of everything it shows, so it is
 * rendered (and WeChat asked for a code) once per version of the item: when the title, quote, cover or unit
 * changes the fingerprint changes and the next request draws a new one.
 */
@Service
class SharePosterService {

    /** Bumped when the layout changes, so stored posters of the old layout are not served. */
    private static final String LAYOUT = "poster-v2";

    private static final int CODE_WIDTH = 280;
    private static final Logger log = LoggerFactory.getLogger(SharePosterService.class);

    private final PublishedContent published;
    private final WeChatClient wechat;
    private final PosterRenderer renderer;
    private final PosterFonts fonts;
    private final SharePosterStore store;
    private final MediaStorage media;
    private final MiniAppProperties properties;

    public SharePosterService(
            PublishedContent published,
            WeChatClient wechat,
            PosterRenderer renderer,
            PosterFonts fonts,
            SharePosterStore store,
            MediaStorage media,
            MiniAppProperties properties) {
        this.published = published;
        this.wechat = wechat;
        this.renderer = renderer;
        this.fonts = fonts;
        this.store = store;
        this.media = media;
        this.properties = properties;
    }

    /** The scene of the item's mini-program code: WeChat allows 32 visible characters. */
    public static String scene(long contentId) {
        return "c=" + contentId;
    }

    public byte[] poster(long contentId) {
        PublicContentDetail content = published.detail(contentId);
        String coverUrl = content.coverUrl() != null ? content.coverUrl() : content.imageUrl();
        String fingerprint = fingerprint(content, coverUrl);
        Optional<byte[]> stored = store.find(contentId, fingerprint);
        if (stored.isPresent()) {
            return stored.get();
        }
        BufferedImage code = decode(wechat.unlimitedCode(scene(contentId), properties.contentPage(), CODE_WIDTH));
        byte[] png = renderer.render(new PosterRenderer.Poster(
                properties.poster().brand(),
                content.kindLabel(),
                content.title(),
                content.quote(),
                content.quoteSource(),
                content.summary(),
                content.orgUnitName(),
                cover(coverUrl),
                code));
        store.save(contentId, fingerprint, png);
        return png;
    }

    /**
     * What the poster shows. The cover counts by its media path, not its absolute URL, which follows the
     * address of the request when WENMING_PUBLIC_BASE_URL is unset: one poster serves every address.
     */
    private String fingerprint(PublicContentDetail content, String coverUrl) {
        String input = String.join(
                "\u0000",
                LAYOUT,
                String.valueOf(content.id()),
                content.kindLabel(),
                Objects.toString(content.title(), ""),
                Objects.toString(content.quote(), ""),
                Objects.toString(content.quoteSource(), ""),
                Objects.toString(content.summary(), ""),
                Objects.toString(content.orgUnitName(), ""),
                MediaLinks.keyOf(coverUrl).map(MediaLinks::url).orElse(""),
                properties.poster().brand(),
                properties.contentPage(),
                fonts.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The item's image, read from media storage by its key; empty when it is gone or not decodable here. */
    private Optional<BufferedImage> cover(String coverUrl) {
        return MediaLinks.keyOf(coverUrl).flatMap(media::read).flatMap(bytes -> {
            try {
                return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                log.info("Cover {} is not a readable image: {}", coverUrl, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new ApiException(ErrorCode.WECHAT_ERROR, "微信返回的小程序码无法识别，请稍后再试");
            }
            return image;
        } catch (IOException e) {
            throw new ApiException(ErrorCode.WECHAT_ERROR, "微信返回的小程序码无法识别，请稍后再试");
        }
    }
}
