package org.wenming.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.Tika;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Decides what an upload is from its bytes (Tika's magic, never the name or the declared Content-Type),
 * refuses what the use does not allow, and proves the file is what it claims by reading it fully as that
 * type: audio must yield a duration, images must decode, PNG must end at IEND and RIFF sizes must match, so
 * a file with something appended (a polyglot) is refused. Any markup anywhere in the bytes is refused too.
 */
@Component
class MediaInspector {

    /** Decoding more pixels than this would let one upload take the heap (a decompression bomb). */
    private static final long MAX_PIXELS = 60_000_000L;

    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** Held so the level stays set: java.util.logging keeps loggers only weakly. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    private final Tika tika = new Tika();

    MediaInspector() {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
        // ImageIO registers plug-ins found by the class loader of its first use; rescanning here, on the
        // application's class loader, makes the WebP reader available inside the packaged jar too.
        ImageIO.scanForPlugins();
    }

    record Inspection(
            String extension,
            String contentType,
            Integer durationSeconds,
            Integer bitrateKbps,
            Integer width,
            Integer height) {}

    Inspection inspect(MediaSpool spool, MediaUse use) {
        String detected = tika.detect(spool.head());
        String extension = use.extensionOf(detected);
        if (extension == null) {
            throw new ApiException(
                    ErrorCode.MEDIA_TYPE_NOT_ALLOWED,
                    (use == MediaUse.AUDIO ? "音频仅支持 MP3、M4A、WAV" : "图片仅支持 PNG、JPEG、WebP") + "，该文件的实际内容是 " + detected);
        }
        if (spool.containsMarkup()) {
            throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "文件中夹带了网页或脚本代码，已拒绝");
        }
        String contentType = MediaUse.canonicalType(extension);
        try {
            return use == MediaUse.AUDIO
                    ? audio(spool.file(), extension, contentType)
                    : image(spool.file(), extension, contentType);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "文件已损坏，或内容与文件类型不符");
        }
    }

    private Inspection audio(Path file, String extension, String contentType) throws IOException {
        if (extension.equals("wav")) {
            requireRiffSize(file);
        }
        AudioHeader header;
        try {
            AudioFile audio = AudioFileIO.readAs(file.toFile(), extension);
            header = audio.getAudioHeader();
        } catch (Exception e) {
            throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "无法读取音频文件，文件可能已损坏");
        }
        double seconds = header == null ? 0 : header.getPreciseTrackLength();
        if (!(seconds > 0)) {
            throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "音频文件没有可播放的内容");
        }
        long bitrate = header.getBitRateAsNumber();
        return new Inspection(
                extension,
                contentType,
                (int) Math.max(1, Math.round(seconds)),
                bitrate > 0 ? (int) bitrate : null,
                null,
                null);
    }

    private Inspection image(Path file, String extension, String contentType) throws IOException {
        if (extension.equals("png")) {
            requireEndsWith(file, PNG_END);
        } else if (extension.equals("webp")) {
            requireRiffSize(file);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "图片尺寸过大（不超过 6000 万像素）");
                }
                reader.read(0);
                return new Inspection(extension, contentType, null, null, width, height);
            } finally {
                reader.dispose();
            }
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "图片无法解码，文件可能已损坏");
        }
    }

    /**
     * JPEG thumbnails no wider than each width (never enlarged); transparent areas become white. Large
     * images are subsampled while decoding, so a thumbnail never needs the full-size bitmap.
     */
    Map<Integer, byte[]> thumbnails(Path file, int imageWidth, List<Integer> widths) throws IOException {
        int largest = widths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        BufferedImage source;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, imageWidth / (2 * largest));
                param.setSourceSubsampling(step, step, 0, 0);
                source = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
        Map<Integer, byte[]> result = new LinkedHashMap<>();
        for (int width : widths) {
            result.put(width, jpeg(scale(source, Math.min(width, imageWidth), imageWidth)));
        }
        return result;
    }

    private static BufferedImage scale(BufferedImage source, int targetWidth, int originalWidth) {
        double ratio = (double) source.getHeight() / source.getWidth();
        int width = Math.max(1, Math.min(targetWidth, originalWidth));
        int height = Math.max(1, (int) Math.round(width * ratio));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader readerFor(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("No image stream");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("No image reader");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }

    private static void requireEndsWith(Path file, byte[] end) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() < end.length) {
                throw new IOException("Too short");
            }
            byte[] actual = new byte[end.length];
            raf.seek(raf.length() - end.length);
            raf.readFully(actual);
            if (!Arrays.equals(actual, end)) {
                throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "图片结尾后还附带了其他数据，已拒绝");
            }
        }
    }

    /** RIFF files (WAV, WebP) state their own length; anything beyond it is smuggled data. */
    private static void requireRiffSize(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] header = new byte[8];
            raf.readFully(header);
            long declared = Integer.toUnsignedLong(
                    ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
            long trailing = raf.length() - 8 - declared;
            if (trailing < 0 || trailing > 1) {
                throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "文件长度与文件头声明的不一致，已拒绝");
            }
        }
    }
}
