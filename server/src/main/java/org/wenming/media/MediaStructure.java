package org.wenming.media;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Walks the container structure of an upload to its declared end and refuses anything after it: a ZIP, a
 * script or a second file glued to a valid picture or song (a polyglot) decodes fine, so decoding alone
 * does not find it. Each walk reads the file once, sequentially, without holding it in memory.
 */
final class MediaStructure {

    private static final int ID3V1_SIZE = 128;

    private static final int[][] MP3_KBPS = {
        {32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 Layer I
        {32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}, // MPEG-1 Layer II
        {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}, // MPEG-1 Layer III
        {32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}, // MPEG-2/2.5 Layer I
        {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160} // MPEG-2/2.5 Layers II and III
    };
    private static final int[][] MP3_SAMPLE_RATES = {
        {11025, 12000, 8000}, {}, {22050, 24000, 16000}, {44100, 48000, 32000}
    };

    private MediaStructure() {}

    static void requireWholeFile(Path file, String extension) throws IOException {
        switch (extension) {
            case "jpg" -> requireJpegEnd(file);
            case "png" -> requirePngEnd(file);
            case "webp", "wav" -> requireRiffSize(file);
            case "mp3" -> requireMp3End(file);
            case "m4a" -> requireMp4Boxes(file);
            default -> throw new IllegalArgumentException("No structure check for " + extension);
        }
    }

    /**
     * SOI, then marker segments by their lengths (so an EXIF thumbnail's own EOI inside APP1 is skipped), the
     * entropy-coded data after each SOS up to the next real marker, and EOI. Further images (the
     * multi-picture format of phone cameras) may follow, then only zero padding.
     */
    private static void requireJpegEnd(Path file) throws IOException {
        try (Reader in = new Reader(file)) {
            do {
                readJpegImage(in);
            } while (in.skipZerosUntilImage());
        }
    }

    private static void readJpegImage(Reader in) throws IOException {
        if (in.read() != 0xFF || in.read() != 0xD8) {
            throw unreadable();
        }
        int marker = nextMarker(in);
        while (marker != 0xD9) {
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                marker = nextMarker(in);
                continue;
            }
            int length = in.read() << 8 | in.read();
            if (length < 2) {
                throw unreadable();
            }
            in.skip(length - 2);
            marker = marker == 0xDA ? markerAfterEntropyData(in) : nextMarker(in);
        }
    }

    private static int nextMarker(Reader in) throws IOException {
        if (in.read() != 0xFF) {
            throw unreadable();
        }
        int marker;
        do {
            marker = in.read();
        } while (marker == 0xFF);
        return marker;
    }

    /** Scan data escapes 0xFF as FF 00 and interleaves restart markers; any other marker ends it. */
    private static int markerAfterEntropyData(Reader in) throws IOException {
        while (true) {
            if (in.read() != 0xFF) {
                continue;
            }
            int next;
            do {
                next = in.read();
            } while (next == 0xFF);
            if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                return next;
            }
        }
    }

    /** The signature, then chunks by their lengths up to IEND, which must end the file. */
    private static void requirePngEnd(Path file) throws IOException {
        long size = Files.size(file);
        try (Reader in = new Reader(file)) {
            in.skip(8);
            byte[] header = new byte[8];
            while (true) {
                in.readFully(header, 8);
                long length =
                        Integer.toUnsignedLong(ByteBuffer.wrap(header, 0, 4).getInt());
                in.skip(length + 4);
                if (in.position() > size) {
                    throw unreadable();
                }
                if (header[4] == 'I' && header[5] == 'E' && header[6] == 'N' && header[7] == 'D') {
                    break;
                }
            }
            if (in.position() != size) {
                throw trailing();
            }
        }
    }

    /** RIFF files (WAV, WebP) state their own length; beyond it only the one pad byte of an odd size may come. */
    private static void requireRiffSize(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] header = new byte[8];
            raf.readFully(header);
            long declared = Integer.toUnsignedLong(
                    ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
            long rest = raf.length() - 8 - declared;
            if (rest < 0) {
                throw unreadable();
            }
            if (rest > 1) {
                throw trailing();
            }
        }
    }

    /**
     * An optional ID3v2 tag, then MPEG audio frames back to back, each header giving its length, to the end
     * of the file or to a trailing 128-byte ID3v1 tag.
     */
    private static void requireMp3End(Path file) throws IOException {
        long size = Files.size(file);
        try (Reader in = new Reader(file)) {
            skipId3v2(in);
            int frames = 0;
            byte[] header = new byte[4];
            while (in.position() < size) {
                long remaining = size - in.position();
                in.readFully(header, Math.min(4, (int) remaining));
                if (remaining == ID3V1_SIZE && header[0] == 'T' && header[1] == 'A' && header[2] == 'G') {
                    break;
                }
                int length = mp3FrameLength(header);
                if (length < 0 || length > remaining) {
                    throw frames == 0 ? unreadable() : trailing();
                }
                in.skip(length - 4);
                frames++;
            }
            if (frames == 0) {
                throw unreadable();
            }
        }
    }

    private static void skipId3v2(Reader in) throws IOException {
        byte[] tag = new byte[10];
        in.mark(10);
        if (!in.tryReadFully(tag) || tag[0] != 'I' || tag[1] != 'D' || tag[2] != '3') {
            in.reset();
            return;
        }
        long body = (tag[6] & 0x7F) << 21 | (tag[7] & 0x7F) << 14 | (tag[8] & 0x7F) << 7 | (tag[9] & 0x7F);
        boolean footer = (tag[5] & 0x10) != 0;
        in.skip(body + (footer ? 10 : 0));
    }

    /** The length of the frame this header starts, or -1 when it is no valid MPEG audio frame header. */
    private static int mp3FrameLength(byte[] h) {
        int b1 = h[1] & 0xFF;
        int b2 = h[2] & 0xFF;
        if ((h[0] & 0xFF) != 0xFF || (b1 & 0xE0) != 0xE0) {
            return -1;
        }
        int version = b1 >> 3 & 3;
        int layer = b1 >> 1 & 3;
        int bitrateIndex = b2 >> 4;
        int rateIndex = b2 >> 2 & 3;
        if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return -1;
        }
        boolean mpeg1 = version == 3;
        int table = mpeg1 ? 3 - layer : (layer == 3 ? 3 : 4);
        long bitrate = MP3_KBPS[table][bitrateIndex - 1] * 1000L;
        int sampleRate = MP3_SAMPLE_RATES[version][rateIndex];
        int padding = b2 >> 1 & 1;
        if (layer == 3) {
            return (int) ((12 * bitrate / sampleRate + padding) * 4);
        }
        int factor = layer == 1 && !mpeg1 ? 72 : 144;
        return (int) (factor * bitrate / sampleRate + padding);
    }

    /** MP4 (M4A) is a sequence of boxes, each stating its size; together they must cover the file exactly. */
    private static void requireMp4Boxes(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long at = 0;
            while (at < length) {
                if (length - at < 8) {
                    throw trailing();
                }
                raf.seek(at);
                long size = Integer.toUnsignedLong(raf.readInt());
                int type = raf.readInt();
                if (!isBoxType(type)) {
                    throw at == 0 ? unreadable() : trailing();
                }
                if (size == 1) {
                    size = raf.readLong();
                } else if (size == 0) {
                    size = length - at;
                }
                if (size < 8 || at + size > length) {
                    throw unreadable();
                }
                at += size;
            }
        }
    }

    private static boolean isBoxType(int type) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = type >> shift & 0xFF;
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static ApiException unreadable() {
        return new ApiException(ErrorCode.MEDIA_UNREADABLE, "文件已损坏，或内容与文件类型不符");
    }

    private static ApiException trailing() {
        return new ApiException(ErrorCode.MEDIA_TRAILING_DATA);
    }

    /** Sequential reading with the position known; the end of the file where data was expected is damage. */
    private static final class Reader implements AutoCloseable {
        private final InputStream in;
        private long position;
        private long marked;

        Reader(Path file) throws IOException {
            this.in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        }

        long position() {
            return position;
        }

        int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw unreadable();
            }
            position++;
            return b;
        }

        void readFully(byte[] into, int length) throws IOException {
            if (in.readNBytes(into, 0, length) < length) {
                throw unreadable();
            }
            position += length;
        }

        boolean tryReadFully(byte[] into) throws IOException {
            int n = in.readNBytes(into, 0, into.length);
            position += n;
            return n == into.length;
        }

        void skip(long count) throws IOException {
            try {
                in.skipNBytes(count);
            } catch (EOFException e) {
                throw unreadable();
            }
            position += count;
        }

        void mark(int limit) {
            in.mark(limit);
            marked = position;
        }

        void reset() throws IOException {
            in.reset();
            position = marked;
        }

        /** After an image's EOI: true at the start of a further image, false at the end of the file. */
        boolean skipZerosUntilImage() throws IOException {
            int b;
            do {
                in.mark(2);
                b = in.read();
                position++;
            } while (b == 0);
            if (b < 0) {
                return false;
            }
            int next = in.read();
            in.reset();
            position--;
            if (b != 0xFF || next != 0xD8) {
                throw trailing();
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
