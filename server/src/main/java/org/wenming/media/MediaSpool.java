package org.wenming.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * An upload copied to a temporary file in one pass, with what that pass learns: size, SHA-256, the first
 * bytes (for type detection) and whether markup such as {@code <script} appears anywhere (polyglots).
 * Memory use is one buffer, whatever the size; reading stops as soon as the limit is passed.
 */
final class MediaSpool implements AutoCloseable {

    static final int HEAD_SIZE = 8192;
    /** Spool files are named {@code wenming-upload-<pid>-<random>.part}: the pid tells a dead owner. */
    private static final String PREFIX = "wenming-upload-";

    private static final String SUFFIX = ".part";
    private static final byte[][] MARKUP = markers(
            "<script",
            "<html",
            "<svg",
            "<?php",
            "<iframe",
            "<body",
            "<!doctype html",
            "<object",
            "<embed",
            "javascript:");
    /** A marker ending in a tag name needs the byte after it too (see {@link #endsTagName}). */
    private static final int LONGEST =
            Arrays.stream(MARKUP).mapToInt(m -> m.length + 1).max().orElseThrow();

    private final Path file;
    private final long size;
    private final String sha256;
    private final byte[] head;
    private final boolean markup;

    private MediaSpool(Path file, long size, String sha256, byte[] head, boolean markup) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.head = head;
        this.markup = markup;
    }

    static MediaSpool read(InputStream in, long maxSize) throws IOException {
        Path file = newFile();
        try {
            MessageDigest digest = sha256Digest();
            byte[] buffer = new byte[64 * 1024];
            byte[] head = new byte[HEAD_SIZE];
            int headLength = 0;
            byte[] tail = new byte[0];
            boolean markup = false;
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxSize) {
                        throw new ApiException(
                                ErrorCode.PAYLOAD_TOO_LARGE, "文件超过允许的大小（最大 " + maxSize / (1024 * 1024) + " MB）");
                    }
                    if (headLength < HEAD_SIZE) {
                        int take = Math.min(n, HEAD_SIZE - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    if (!markup) {
                        byte[] window = new byte[tail.length + n];
                        System.arraycopy(tail, 0, window, 0, tail.length);
                        System.arraycopy(buffer, 0, window, tail.length, n);
                        markup = containsMarkup(window);
                        tail = Arrays.copyOfRange(window, Math.max(0, window.length - LONGEST + 1), window.length);
                    }
                }
            }
            if (total == 0) {
                throw new ApiException(ErrorCode.MEDIA_EMPTY);
            }
            return new MediaSpool(
                    file, total, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, headLength), markup);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** A new empty spool file, named so that {@link #removeLeftovers} finds it if this process dies. */
    static Path newFile() throws IOException {
        return Files.createTempFile(PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
    }

    /**
     * Removes spool files a killed instance left in the temporary folder: those of a process that is gone, and
     * any older than {@code cutoff} (no upload spools that long). Answers the names removed.
     */
    static List<String> removeLeftovers(Instant cutoff) throws IOException {
        List<String> removed = new ArrayList<>();
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> spools = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path spool : spools) {
                if (isLeftover(spool, cutoff) && Files.deleteIfExists(spool)) {
                    removed.add(spool.getFileName().toString());
                }
            }
        }
        return removed;
    }

    private static boolean isLeftover(Path spool, Instant cutoff) throws IOException {
        String name = spool.getFileName().toString();
        int pidEnd = name.indexOf('-', PREFIX.length());
        if (pidEnd > PREFIX.length()) {
            try {
                long pid = Long.parseLong(name.substring(PREFIX.length(), pidEnd));
                if (ProcessHandle.of(pid).isEmpty()) {
                    return true;
                }
            } catch (NumberFormatException olderName) {
                // Named by an older release: only its age tells.
            }
        }
        return Files.getLastModifiedTime(spool).toInstant().isBefore(cutoff);
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    byte[] head() {
        return head;
    }

    boolean containsMarkup() {
        return markup;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Case-insensitive search for any marker; only positions holding '<' or 'j' are compared. A marker that
     * ends in a tag name counts only where the name ends as a browser's tokenizer ends it (whitespace, '/' or
     * '>'): {@code <svgQ} is no element, and the bare four bytes {@code <svg} turn up by chance about once
     * in 500 MB of compressed audio or PCM (a 60 MB WAV of noise was refused one time in eight).
     */
    static boolean containsMarkup(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            int first = data[i] | 0x20;
            if (data[i] != '<' && first != 'j') {
                continue;
            }
            for (byte[] marker : MARKUP) {
                if (matchesAt(data, i, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] data, int at, byte[] marker) {
        if (at + marker.length > data.length) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            byte b = data[at + k];
            byte lower = b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b;
            if (lower != marker[k]) {
                return false;
            }
        }
        byte last = marker[marker.length - 1];
        return last < 'a' || last > 'z' || endsTagName(data, at + marker.length);
    }

    private static boolean endsTagName(byte[] data, int at) {
        if (at >= data.length) {
            return false;
        }
        byte b = data[at];
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '/' || b == '>';
    }

    private static byte[][] markers(String... markers) {
        return Arrays.stream(markers)
                .map(m -> m.getBytes(StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
