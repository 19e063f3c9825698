package org.wenming.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
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
 * type: audio must yield a duration, images must decode, and {@link MediaStructure} walks the file to its
 * declared end, so a file with something appended (a polyglot) is refused. Any markup anywhere in the bytes
 * is refused too. Decoding is bounded twice: by the bitmap the header declares (a small file may declare a
 * huge one) and by how many images are decoded at once, so uploads cannot take the heap together.
 */
@Component
class MediaInspector {

    /** Decoding more pixels than this would let one upload take the heap (a decompression bomb). */
    private static final long MAX_PIXELS = 60_000_000L;

    /** Held so the level stays set: java.util.logging keeps loggers only weakly. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    private final Tika tika = new Tika();
    private final long maxBitmapBytes;
    private final Semaphore decoding;
    private final Duration decodingWait;

    MediaInspector(MediaProperties properties) {
        MediaProperties.Decoding limits = properties.decoding();
        this.maxBitmapBytes = limits.maxBitmapSize().toBytes();
        this.decoding = new Semaphore(limits.concurrency(), true);
        this.decodingWait = limits.maxWait();
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

    /** What a detected type is, in words an editor knows (they never read MIME types such as text/plain). */
    static String plainNameOf(String detectedType) {
        if (detectedType.equals("text/html") || detectedType.equals("application/xhtml+xml")) {
            return "网页";
        }
        if (detectedType.equals("image/svg+xml")) {
            return "矢量图（SVG）";
        }
        if (detectedType.equals("application/pdf")) {
            return "PDF 文档";
        }
        return switch (detectedType.substring(0, Math.max(detectedType.indexOf('/'), 0))) {
            case "text" -> "文字";
            case "image" -> "图片";
            case "audio" -> "音频";
            case "video" -> "视频";
            default -> "其他类型的文件";
        };
    }

    Inspection inspect(MediaSpool spool, MediaUse use) {
        String detected = tika.detect(spool.head());
        String extension = use.extensionOf(detected);
        if (extension == null) {
            throw new ApiException(
                    ErrorCode.MEDIA_TYPE_NOT_ALLOWED,
                    (use == MediaUse.AUDIO ? "音频仅支持 MP3、M4A、WAV" : "图片仅支持 PNG、JPEG、WebP") + "，该文件实际是"
                            + plainNameOf(detected));
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
        MediaStructure.requireWholeFile(file, extension);
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
        MediaStructure.requireWholeFile(file, extension);
        return decoded(
                file,
                null,
                image -> new Inspection(extension, contentType, null, null, image.getWidth(), image.getHeight()));
    }

    /**
     * Decodes the first image of the file, subsampled when a param is given, once the declared bitmap has been
     * found within the budget and a decoding slot is free, and uses it while still holding the slot, so the
     * bitmap and whatever is drawn from it count against the limit together.
     */
    private <T> T decoded(Path file, ImageReadParam param, Function<BufferedImage, T> use) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                requireBitmapWithinBudget(reader);
                acquireDecodingSlot();
                try {
                    return use.apply(reader.read(0, param));
                } finally {
                    decoding.release();
                }
            } finally {
                reader.dispose();
            }
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw new ApiException(ErrorCode.MEDIA_UNREADABLE, "图片无法解码，文件可能已损坏");
        }
    }

    /** Width × height × the bytes each decoded pixel takes (a 16-bit RGBA PNG needs 8), from the header alone. */
    private void requireBitmapWithinBudget(ImageReader reader) throws IOException {
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
            throw new ApiException(ErrorCode.IMAGE_TOO_LARGE_DECODED, "图片尺寸过大（不超过 6000 万像素）");
        }
        long bitmapBytes = pixels * bytesPerPixel(reader.getRawImageType(0));
        if (bitmapBytes > maxBitmapBytes) {
            throw new ApiException(
                    ErrorCode.IMAGE_TOO_LARGE_DECODED,
                    "图片解码后需要 " + bitmapBytes / (1024 * 1024) + " MB 内存，超过上限 " + maxBitmapBytes / (1024 * 1024)
                            + " MB，请缩小尺寸或降低色深后再上传");
        }
    }

    /** Readers that cannot tell the decoded type up front are assumed to need four bytes (RGBA) per pixel. */
    private static long bytesPerPixel(ImageTypeSpecifier type) {
        if (type == null) {
            return 4;
        }
        int bits = 0;
        for (int band = 0; band < type.getNumBands(); band++) {
            bits += type.getBitsPerBand(band);
        }
        return Math.max(1, (bits + 7) / 8);
    }

    private void acquireDecodingSlot() {
        boolean acquired;
        try {
            acquired = decoding.tryAcquire(decodingWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ApiException(
                    ErrorCode.MEDIA_BUSY,
                    ErrorCode.MEDIA_BUSY.message(),
                    Map.of(ApiException.RETRY_AFTER_SECONDS, Math.max(1, decodingWait.toSeconds())));
        }
    }

    /**
     * The image decoded and written again as PNG (when it may have transparency) or JPEG, which keeps nothing
     * of the upload but its pixels: no EXIF (camera, GPS position), no comments, no appended bytes.
     */
    CleanImage reencode(Path file, Inspection inspection) {
        boolean jpeg = inspection.extension().equals("jpg");
        return decoded(file, null, decoded -> {
            boolean alpha = !jpeg && decoded.getColorModel().hasAlpha();
            BufferedImage pixels = new BufferedImage(
                    decoded.getWidth(),
                    decoded.getHeight(),
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = pixels.createGraphics();
            try {
                g.drawImage(decoded, 0, 0, null);
            } finally {
                g.dispose();
            }
            try {
                return jpeg
                        ? new CleanImage(jpeg(pixels, 0.92f), "jpg", "image/jpeg")
                        : new CleanImage(png(pixels), "png", "image/png");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot encode an image in memory", e);
            }
        });
    }

    /**
     * JPEG thumbnails no wider than each width (never enlarged); transparent areas become white. Large
     * images are subsampled while decoding, so a thumbnail never needs the full-size bitmap.
     */
    Map<Integer, byte[]> thumbnails(Path file, int imageWidth, List<Integer> widths) {
        int largest = widths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        ImageReadParam param = new ImageReadParam();
        int step = Math.max(1, imageWidth / (2 * largest));
        param.setSourceSubsampling(step, step, 0, 0);
        return decoded(file, param, source -> {
            Map<Integer, byte[]> result = new LinkedHashMap<>();
            for (int width : widths) {
                try {
                    result.put(width, jpeg(scale(source, Math.min(width, imageWidth), imageWidth), 0.85f));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot encode a thumbnail in memory", e);
                }
            }
            return result;
        });
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

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("No PNG writer");
        }
        return bytes.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
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
}
