package org.wenming.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jaudiotagger.audio.AudioFileIO;
import org.springframework.stereotype.Component;

/**
 * Makes an audio's renditions with ffmpeg in a temporary folder and stores them as derived objects. The
 * station rendition is levelled in two passes of ffmpeg's {@code loudnorm} (EBU R128): the first measures
 * the original, the second applies one linear gain to the target, so speech keeps its dynamics (loudnorm
 * falls back to its own dynamic mode only where the true-peak ceiling leaves no room). Digital silence has
 * no loudness to level and is encoded as it is. The station MP3 is bare MPEG frames (no ID3 tag, no Xing
 * frame): a player that joins a day's files into one stream, as ffmpeg's HLS reader does, meets no bytes
 * between frames to stumble on. The light rendition is made from the levelled one.
 */
@Component
class RenditionMaker {

    /** Below the EBU R128 absolute gate: nothing to measure. */
    private static final double SILENCE_LUFS = -70;

    private final MediaStorage storage;
    private final Ffmpeg ffmpeg;
    private final RenditionProperties properties;
    private final ObjectMapper json;

    RenditionMaker(MediaStorage storage, Ffmpeg ffmpeg, RenditionProperties properties, ObjectMapper json) {
        this.storage = storage;
        this.ffmpeg = ffmpeg;
        this.properties = properties;
        this.json = json;
    }

    /** Storage failures pass as {@link MediaStorage.StorageUnavailableException} (tried again later). */
    RenditionJobs.Made make(String key) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("wenming-rendition-");
            Path original = folder.resolve("original." + key.substring(key.indexOf('.') + 1));
            download(key, original);
            Path station = folder.resolve("station.mp3");
            Double loudness = encodeStation(original, station);
            Path light = folder.resolve("light.m4a");
            ffmpeg.run(List.of(
                    "-nostdin",
                    "-hide_banner",
                    "-loglevel",
                    "error",
                    "-y",
                    "-i",
                    station.toString(),
                    "-vn",
                    "-c:a",
                    "aac",
                    "-b:a",
                    properties.light().bitrateKbps() + "k",
                    "-ac",
                    "1",
                    "-movflags",
                    "+faststart",
                    light.toString()));
            String stationSha = upload(station, RenditionKind.STATION.objectName(key), RenditionKind.STATION);
            String lightSha = upload(light, RenditionKind.LIGHT.objectName(key), RenditionKind.LIGHT);
            return new RenditionJobs.Made(
                    Files.size(station), stationSha, durationMillis(station), loudness, Files.size(light), lightSha);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make renditions of " + key, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private void download(String key, Path target) throws IOException {
        long size = storage.stat(key)
                .orElseThrow(() -> new RenditionFailure("原始文件不在媒体存储中，无法转码", null))
                .size();
        try (InputStream in = storage.get(key, 0, size)) {
            Files.copy(in, target);
        } catch (MediaStorage.MissingObjectException e) {
            throw new RenditionFailure("原始文件不在媒体存储中，无法转码", e);
        }
    }

    /** Encodes the station MP3; returns the loudness it was levelled to, or null for silence. */
    private Double encodeStation(Path original, Path station) {
        RenditionProperties.Station format = properties.station();
        String levels = String.format(
                Locale.ROOT, "I=%s:TP=%s:LRA=%s", format.loudnessLufs(), format.truePeakDb(), format.loudnessRange());
        JsonNode measured = measure(original, levels);
        boolean audible = measured.path("input_i").asDouble(Double.NEGATIVE_INFINITY) > SILENCE_LUFS;
        String filter = audible
                ? "loudnorm=" + levels
                        + ":measured_I=" + measured.get("input_i").asText()
                        + ":measured_TP=" + measured.get("input_tp").asText()
                        + ":measured_LRA=" + measured.get("input_lra").asText()
                        + ":measured_thresh=" + measured.get("input_thresh").asText()
                        + ":offset=" + measured.get("target_offset").asText()
                        + ":linear=true"
                : "anull";
        List<String> arguments = new ArrayList<>(List.of(
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-i",
                original.toString(),
                "-vn",
                "-map_metadata",
                "-1",
                "-af",
                filter,
                "-ar",
                String.valueOf(format.sampleRate()),
                "-ac",
                String.valueOf(format.channels()),
                "-c:a",
                "libmp3lame",
                "-b:a",
                format.bitrateKbps() + "k",
                "-id3v2_version",
                "0",
                "-write_xing",
                "0",
                station.toString()));
        ffmpeg.run(arguments);
        return audible ? format.loudnessLufs() : null;
    }

    /** loudnorm's first pass: the JSON it prints last ({@code input_i}, {@code input_tp}, …). */
    private JsonNode measure(Path original, String levels) {
        String output = ffmpeg.run(List.of(
                "-nostdin",
                "-hide_banner",
                "-nostats",
                "-i",
                original.toString(),
                "-vn",
                "-af",
                "loudnorm=" + levels + ":print_format=json",
                "-f",
                "null",
                "-"));
        int start = output.lastIndexOf('{');
        int end = output.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new RenditionFailure("转码失败：无法测量响度（ffmpeg 未输出测量结果）", null);
        }
        try {
            return json.readTree(output.substring(start, end + 1));
        } catch (IOException e) {
            throw new RenditionFailure("转码失败：无法读取响度测量结果", e);
        }
    }

    private long durationMillis(Path station) {
        try {
            double seconds =
                    AudioFileIO.readAs(station.toFile(), "mp3").getAudioHeader().getPreciseTrackLength();
            return Math.round(seconds * 1000);
        } catch (Exception e) {
            throw new RenditionFailure("转码结果无法读取：无法得到时长", e);
        }
    }

    /** Stores the file and returns its SHA-256 (stations verify what they cached against it). */
    private String upload(Path file, String name, RenditionKind kind) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            storage.put(name, in, Files.size(file), kind.contentType());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A left-over temporary folder is harmless; the OS cleans its temporary directory.
        }
    }
}
