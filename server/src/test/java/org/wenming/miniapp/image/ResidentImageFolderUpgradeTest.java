package org.wenming.miniapp.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenming.media.LocalFolderStorage;
import org.wenming.media.MediaStorage;
import org.wenming.support.TestMedia;

/** An installation upgraded from the release that kept residents' images in {@code <data>/resident-images}. */
class ResidentImageFolderUpgradeTest {

    private static final String AVATAR = "avatar-0123456789abcdef0123456789abcdef.png";

    @TempDir
    Path dataDir;

    private Path oldFolder;
    private MediaStorage storage;
    private ResidentImageStore store;
    private ResidentImageFolderUpgrade upgrade;

    @BeforeEach
    void setUp() {
        oldFolder = dataDir.resolve("resident-images");
        storage = new LocalFolderStorage(dataDir.resolve("media"));
        store = new ResidentImageStore(storage, null);
        upgrade = new ResidentImageFolderUpgrade(storage, dataDir);
    }

    @Test
    void anAvatarInTheOldFolderIsServedFromStorageAndTheOldFolderIsGone() throws Exception {
        byte[] png = TestMedia.png(8, 8, Color.RED);
        Files.createDirectories(oldFolder);
        Files.write(oldFolder.resolve(AVATAR), png);

        upgrade.run();

        assertThat(store.load(AVATAR)).hasValueSatisfying(image -> {
            assertThat(image.bytes()).isEqualTo(png);
            assertThat(image.type()).isEqualTo(ResidentImage.Type.PNG);
        });
        assertThat(oldFolder).doesNotExist();
    }

    @Test
    void runningTwiceIsHarmless() throws Exception {
        byte[] jpeg = TestMedia.jpeg(8, 8, Color.BLUE);
        String photo = "submission-fedcba9876543210fedcba9876543210.jpg";
        Files.createDirectories(oldFolder);
        Files.write(oldFolder.resolve(photo), jpeg);

        upgrade.run();
        upgrade.run();

        assertThat(store.load(photo).map(ResidentImage::bytes)).hasValue(jpeg);
        assertThat(oldFolder).doesNotExist();
    }

    @Test
    void anImageAnotherInstanceAlreadyStoredIsOnlyRemovedFromTheOldFolder() throws Exception {
        byte[] png = TestMedia.png(8, 8, Color.GREEN);
        Files.createDirectories(oldFolder);
        Files.write(oldFolder.resolve(AVATAR), png);
        storage.put(ResidentImageStore.objectName(AVATAR), new ByteArrayInputStream(png), png.length, "image/png");

        upgrade.run();

        assertThat(store.load(AVATAR).map(ResidentImage::bytes)).hasValue(png);
        assertThat(oldFolder).doesNotExist();
    }

    @Test
    void filesWhoseNamesAreNotKeysAreLeftAlone() throws Exception {
        Files.createDirectories(oldFolder);
        Path notes = Files.writeString(oldFolder.resolve("notes.txt"), "kept by an operator");
        Path upload = Files.write(oldFolder.resolve("upload123.tmp"), TestMedia.png(4, 4, Color.BLACK));
        Path shortKey = Files.write(oldFolder.resolve("avatar-0123.png"), TestMedia.png(4, 4, Color.BLACK));
        Files.write(oldFolder.resolve(AVATAR), TestMedia.png(8, 8, Color.RED));

        upgrade.run();

        assertThat(notes).hasContent("kept by an operator");
        assertThat(upload).exists();
        assertThat(shortKey).exists();
        assertThat(oldFolder.resolve(AVATAR)).doesNotExist();
        assertThat(store.load(AVATAR)).isPresent();
        assertThat(storage.list("resident-images/").stream().map(MediaStorage.StoredObject::name))
                .containsExactly(ResidentImageStore.objectName(AVATAR));
    }

    @Test
    void theOldSharePosterCacheIsDeleted() throws Exception {
        Path posters = Files.createDirectories(dataDir.resolve("share-posters"));
        Files.write(posters.resolve("12-abcdef.png"), TestMedia.png(4, 4, Color.WHITE));

        upgrade.run();

        assertThat(posters).doesNotExist();
    }

    /** Local storage configured at the data folder itself keeps residents' images in the old folder's files. */
    @Test
    void storageRootedAtTheDataFolderKeepsItsImages() throws Exception {
        byte[] png = TestMedia.png(8, 8, Color.RED);
        Files.createDirectories(oldFolder);
        Files.write(oldFolder.resolve(AVATAR), png);
        MediaStorage sameFolder = new LocalFolderStorage(dataDir);

        new ResidentImageFolderUpgrade(sameFolder, dataDir).run();

        assertThat(new ResidentImageStore(sameFolder, null).load(AVATAR).map(ResidentImage::bytes))
                .hasValue(png);
    }

    @Test
    void nothingToMoveIsNotAnError() {
        upgrade.run();

        assertThat(storage.list("resident-images/")).isEmpty();
    }
}
