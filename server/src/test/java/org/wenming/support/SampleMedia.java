package org.wenming.support;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.wenming.media.AudioRenditions;
import org.wenming.media.MediaService;
import org.wenming.media.MediaUse;
import org.wenming.org.OrgUnitService;

/**
 * The audio and image that {@link ContentSamples} reference, uploaded once per JVM for the banner unit at
 * the root, so every editor below it may use them (media of units above are shared down the tree). The
 * audio's station rendition is awaited, so stations' playlists list it.
 */
public class SampleMedia implements BeforeAllCallback, BeforeEachCallback {

    public static final int AUDIO_SECONDS = 7;
    static final byte[] AUDIO = TestMedia.mp3(AUDIO_SECONDS);
    static final byte[] IMAGE = TestMedia.png(640, 480, new Color(0xC0392B));
    public static final String AUDIO_KEY = TestMedia.sha256(AUDIO) + ".mp3";
    public static final String IMAGE_KEY = TestMedia.sha256(IMAGE) + ".png";

    private static final Duration RENDITION_WAIT = Duration.ofMinutes(5);
    private static volatile boolean uploaded;

    @Override
    public void beforeAll(ExtensionContext extension) {
        ensureUploaded(extension);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        ensureUploaded(extension);
    }

    private static synchronized void ensureUploaded(ExtensionContext extension) {
        if (uploaded) {
            return;
        }
        var context = SpringExtension.getApplicationContext(extension);
        MediaService media = context.getBean(MediaService.class);
        long root = context.getBean(OrgUnitService.class)
                .findByCode("naiman")
                .orElseThrow()
                .getId();
        media.importFile(root, MediaUse.AUDIO, "sample.mp3", new ByteArrayInputStream(AUDIO));
        media.importFile(root, MediaUse.IMAGE, "sample.png", new ByteArrayInputStream(IMAGE));
        awaitStationRendition(context.getBean(AudioRenditions.class), AUDIO_KEY);
        uploaded = true;
    }

    /**
     * Stations play only audio whose rendition is ready. The worker takes jobs oldest first, so the sample waits
     * for the content pack's audio (a few seconds of ffmpeg each; minutes on a loaded machine).
     */
    public static void awaitStationRendition(AudioRenditions renditions, String key) {
        long deadline = System.nanoTime() + RENDITION_WAIT.toNanos();
        while (renditions.stationRendition(key).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No station rendition of " + key + " within " + RENDITION_WAIT);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
