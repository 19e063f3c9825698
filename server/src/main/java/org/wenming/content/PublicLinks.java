package org.wenming.content;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.wenming.common.config.PublicBaseUrl;
import org.wenming.media.MediaCatalog;
import org.wenming.media.MediaInfo;
import org.wenming.media.MediaLinks;

/**
 * The absolute URLs (and sizes) of what public reads show. A mini program resolves a relative {@code src}
 * inside its own package, so every address residents' clients get starts with {@link PublicBaseUrl}. Sizes
 * come from the media catalog, which keeps its rows in memory, so a card costs no query per image.
 */
@Component
class PublicLinks {

    private final PublicBaseUrl publicBaseUrl;
    private final MediaCatalog media;

    PublicLinks(PublicBaseUrl publicBaseUrl, MediaCatalog media) {
        this.publicBaseUrl = publicBaseUrl;
        this.media = media;
    }

    /** The base every URL of the current read starts with; cached reads are keyed by it. */
    String base() {
        return publicBaseUrl.get();
    }

    String absolute(String base, String path) {
        return path == null ? null : base + path;
    }

    Optional<MediaInfo> info(String key) {
        return key == null ? Optional.empty() : media.find(key);
    }

    PublicImage image(String base, String key) {
        if (key == null) {
            return null;
        }
        Optional<MediaInfo> info = info(key);
        return new PublicImage(
                absolute(base, MediaLinks.url(key)),
                info.map(MediaInfo::width).orElse(null),
                info.map(MediaInfo::height).orElse(null));
    }

    /**
     * The list thumbnail of an image: the inspector scales to the thumbnail width (never up) and keeps the
     * aspect ratio, so its size follows from the original's.
     */
    PublicImage thumbnail(String base, String key) {
        if (key == null) {
            return null;
        }
        Optional<MediaInfo> info = info(key).filter(i -> i.width() != null && i.height() != null);
        Integer width = info.map(i -> Math.min(MediaLinks.LIST_THUMBNAIL_WIDTH, i.width()))
                .orElse(null);
        Integer height = info.map(i -> Math.max(1, (int) Math.round((double) i.height() * width / i.width())))
                .orElse(null);
        return new PublicImage(absolute(base, MediaLinks.listThumbnailUrl(key)), width, height);
    }

    /** The generated cover of a column (or festival) for items that have no image of their own. */
    PublicImage fallbackCover(String base, String name) {
        String path = UriComponentsBuilder.fromPath(MiniContentController.BASE + MiniContentController.COVERS)
                .queryParam("name", name)
                .encode()
                .build()
                .toUriString();
        return new PublicImage(base + path, FallbackCovers.SIZE, FallbackCovers.SIZE);
    }
}
