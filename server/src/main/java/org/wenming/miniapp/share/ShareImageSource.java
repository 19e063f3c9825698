package org.wenming.miniapp.share;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The cover image of an item, by the media URL public reads carry ({@code /media/<key>}). A port: the embedded
 * default reads the local media folder; the product's media store can back it instead. Empty when the image
 * is not available, and the poster is drawn without it.
 */
public interface ShareImageSource {

    Optional<BufferedImage> load(String mediaUrl);
}
