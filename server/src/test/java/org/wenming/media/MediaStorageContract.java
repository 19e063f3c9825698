package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.wenming.support.TestMedia;

/**
 * What every storage adapter must do, run against each of them: the local folder of the embedded default
 * and MinIO (against S3Proxy in this JVM).
 */
abstract class MediaStorageContract {

    private static final long LARGE = 50L * 1024 * 1024;
    private static final long HEAP_BUDGET = 20L * 1024 * 1024;

    abstract MediaStorage storage();

    private static String name(String seed, String extension) {
        return TestMedia.sha256((seed + System.nanoTime()).getBytes()) + "." + extension;
    }

    private static byte[] bytes(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i * 31 + i / 256);
        }
        return data;
    }

    @Test
    void storedBytesReadBackWholeAndStatReportsTheirSize() throws IOException {
        byte[] data = bytes(100_000);
        String name = name("whole", "mp3");
        storage().put(name, new ByteArrayInputStream(data), data.length, "audio/mpeg");

        assertThat(storage().stat(name))
                .get()
                .extracting(MediaStorage.StoredObject::size)
                .isEqualTo(100_000L);
        try (InputStream in = storage().get(name, 0, data.length)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void rangesReturnExactlyTheRequestedBytes() throws IOException {
        byte[] data = bytes(50_000);
        String name = name("range", "wav");
        storage().put(name, new ByteArrayInputStream(data), data.length, "audio/wav");

        for (long[] range : new long[][] {{0, 100}, {20_000, 7_777}, {49_900, 100}, {49_999, 1}}) {
            try (InputStream in = storage().get(name, range[0], range[1])) {
                byte[] expected = java.util.Arrays.copyOfRange(data, (int) range[0], (int) (range[0] + range[1]));
                assertThat(in.readAllBytes())
                        .as("range %s+%s", range[0], range[1])
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void missingObjectsAreEmptyOnStatAndAnErrorOnGet() {
        String name = name("missing", "png");
        assertThat(storage().stat(name)).isEmpty();
        assertThatThrownBy(() -> storage().get(name, 0, 10).close())
                .isInstanceOf(MediaStorage.MissingObjectException.class);
    }

    @Test
    void deleteRemovesTheObjectAndDeletingAgainIsFine() {
        String name = name("delete", "jpg");
        storage().put(name, new ByteArrayInputStream(bytes(10)), 10, "image/jpeg");
        storage().delete(name);
        storage().delete(name);
        assertThat(storage().stat(name)).isEmpty();
    }

    @Test
    void aShortStreamLeavesNoObjectBehind() {
        String name = name("short", "mp3");
        assertThatThrownBy(() -> storage().put(name, new ByteArrayInputStream(bytes(1000)), 5000, "audio/mpeg"))
                .isInstanceOf(MediaStorage.StorageUnavailableException.class);
        assertThat(storage().stat(name)).isEmpty();
    }

    @Test
    void listingVisitsStoredObjectsAndThumbnails() {
        String name = name("list", "png");
        String thumbnail = MediaKeys.thumbnailName(name, 320);
        storage().put(name, new ByteArrayInputStream(bytes(10)), 10, "image/png");
        storage().put(thumbnail, new ByteArrayInputStream(bytes(5)), 5, "image/jpeg");
        List<String> names = new ArrayList<>();
        storage().forEach(object -> names.add(object.name()));
        assertThat(names).contains(name, thumbnail);
    }

    @Test
    void derivedObjectsAreReadBackWholeUnderTheirOwnNames() {
        byte[] poster = bytes(3_000);
        String name = "contract-posters/" + System.nanoTime() + "-ab12.png";
        assertThat(storage().read(name)).isEmpty();

        storage().put(name, new ByteArrayInputStream(poster), poster.length, "image/png");

        assertThat(storage().read(name)).hasValue(poster);
        assertThat(storage().stat(name))
                .get()
                .extracting(MediaStorage.StoredObject::size)
                .isEqualTo(3_000L);
        storage().delete(name);
        assertThat(storage().read(name)).isEmpty();
    }

    @Test
    void mediaObjectsAreReadBackWholeToo() {
        byte[] image = bytes(2_000);
        String name = name("read", "png");
        storage().put(name, new ByteArrayInputStream(image), image.length, "image/png");
        assertThat(storage().read(name)).hasValue(image);
    }

    @Test
    void listingByPrefixFindsExactlyTheDerivedObjectsStartingWithIt() {
        String run = "contract-lists/" + System.nanoTime() + "-";
        for (String file : List.of("12-aaa.png", "12-bbb.png", "123-ccc.png", "7-ddd.jpg")) {
            storage().put(run + file, new ByteArrayInputStream(bytes(4)), 4, "image/png");
        }

        assertThat(storage().list(run + "12-"))
                .extracting(MediaStorage.StoredObject::name)
                .containsExactlyInAnyOrder(run + "12-aaa.png", run + "12-bbb.png");
        assertThat(storage().list(run)).hasSize(4);
        assertThat(storage().list("contract-never-written/")).isEmpty();
    }

    @Test
    void theMediaListingLeavesDerivedObjectsOutSoTheJanitorNeverRemovesThem() {
        String derived = "contract-posters/" + System.nanoTime() + "-kept.png";
        storage().put(derived, new ByteArrayInputStream(bytes(4)), 4, "image/png");
        List<String> names = new ArrayList<>();
        storage().forEach(object -> names.add(object.name()));
        assertThat(names).isNotEmpty().doesNotContain(derived);
    }

    @Test
    void audioRenditionsAreKeptAsDerivedObjects() {
        String key = TestMedia.sha256(bytes(3)) + ".wav";
        for (RenditionKind kind : RenditionKind.values()) {
            String name = kind.objectName(key);
            storage().put(name, new ByteArrayInputStream(bytes(6)), 6, kind.contentType());
            assertThat(storage().stat(name))
                    .get()
                    .extracting(MediaStorage.StoredObject::size)
                    .isEqualTo(6L);
            storage().delete(name);
        }
    }

    @Test
    void namesThatCouldEscapeTheStoreAreRefused() {
        for (String bad : List.of(
                "../etc/passwd",
                "a/b.mp3",
                "..",
                "x.mp3",
                "A".repeat(64) + ".mp3",
                "0".repeat(64) + ".mp3/../../x",
                "share-posters/../x.png",
                "share-posters/a/b.png",
                "../share-posters/x.png",
                "Share-posters/x.png",
                "ab/x.png",
                "share-posters/x.html",
                "share-posters/.png")) {
            assertThatThrownBy(() -> storage().stat(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage().read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : List.of("../", "share-posters", "share-posters/../", "share-posters/a/", "")) {
            assertThatThrownBy(() -> storage().list(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * 50 MB generated on the fly go into storage while a watcher samples the heap; whenever used heap grows
     * past the budget it collects garbage and measures again, so only memory the upload really holds counts.
     */
    @Test
    void aFiftyMegabyteUploadStreamsWithFlatHeap() throws Exception {
        String name = name("large", "wav");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                long growth = memory.getHeapMemoryUsage().getUsed() - baseline;
                if (growth > HEAP_BUDGET) {
                    System.gc();
                    growth = memory.getHeapMemoryUsage().getUsed() - baseline;
                }
                peak.accumulateAndGet(growth, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        GeneratedStream source = new GeneratedStream(LARGE);
        try {
            storage().put(name, source, LARGE, "audio/wav");
        } finally {
            running.set(false);
            watcher.join();
        }

        assertThat(peak.get()).as("heap held during a 50 MB upload").isLessThan(HEAP_BUDGET);
        assertThat(storage().stat(name))
                .get()
                .extracting(MediaStorage.StoredObject::size)
                .isEqualTo(LARGE);
        MessageDigest readBack = MessageDigest.getInstance("SHA-256");
        try (InputStream in = storage().get(name, 0, LARGE)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                readBack.update(buffer, 0, n);
            }
        }
        assertThat(HexFormat.of().formatHex(readBack.digest())).isEqualTo(source.sha256());
        storage().delete(name);
    }

    /** Pseudo-random bytes made as they are read, hashed on the way, never held. */
    static final class GeneratedStream extends InputStream {
        private final MessageDigest digest;
        private long remaining;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedStream(long size) throws Exception {
            this.remaining = size;
            this.digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                buffer[offset + i] = (byte) state;
            }
            digest.update(buffer, offset, n);
            remaining -= n;
            return n;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
