package org.wenming.media;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract against the local folder of the embedded default. */
class LocalFolderStorageTest extends MediaStorageContract {

    @TempDir
    static Path folder;

    @Override
    MediaStorage storage() {
        return new LocalFolderStorage(folder);
    }
}
