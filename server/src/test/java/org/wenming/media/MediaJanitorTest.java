package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;
import org.wenming.support.TestMedia;

/** Objects nobody references are collected after the grace period; rows without objects are reported. */
@IntegrationTest
class MediaJanitorTest {

    @Autowired
    MediaJanitor janitor;

    @Autowired
    MediaStorage storage;

    @Autowired
    MutableClock clock;

    @Autowired
    AdminApi api;

    @Test
    void anUnreferencedObjectIsRemovedOnlyAfterTheGracePeriod() {
        byte[] data = TestMedia.mp3(1);
        String orphan = TestMedia.sha256(("orphan" + System.nanoTime()).getBytes()) + ".mp3";
        storage.put(orphan, new ByteArrayInputStream(data), data.length, "audio/mpeg");
        String referenced = api.newUser("naiman", Role.EDITOR)
                .uploadKey("image", "kept.png", TestMedia.png(50, 50, new Color((int) (System.nanoTime() & 0xFFFFFF))));

        assertThat(janitor.sweep().removedObjects()).doesNotContain(orphan);
        assertThat(storage.stat(orphan))
                .as("an upload in flight writes before its row")
                .isPresent();

        clock.advance(Duration.ofHours(25));
        MediaJanitor.Report report = janitor.sweep();

        assertThat(report.removedObjects()).contains(orphan);
        assertThat(storage.stat(orphan)).isEmpty();
        assertThat(storage.stat(referenced)).isPresent();
        assertThat(storage.stat(MediaKeys.thumbnailName(referenced, 320))).isPresent();
    }

    @Test
    void aRowWhoseObjectIsGoneIsReportedAndAReuploadHealsIt() {
        byte[] image = TestMedia.png(60, 60, new Color((int) (System.nanoTime() & 0xFFFFFF)));
        AdminApi.Session editor = api.newUser("naiman", Role.EDITOR);
        String key = editor.uploadKey("image", "lost.png", image);
        storage.delete(key);

        assertThat(janitor.sweep().missingObjects()).contains(key);

        editor.uploadKey("image", "lost-again.png", image);
        assertThat(storage.stat(key)).isPresent();
        assertThat(janitor.sweep().missingObjects()).doesNotContain(key);
    }
}
