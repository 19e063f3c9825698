package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wenming.support.SameAnswer.assertSameAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.content.ContentKind;
import org.wenming.media.AudioRenditions;
import org.wenming.media.MediaStorage;
import org.wenming.media.Rendition;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;
import org.wenming.support.SameAnswer;
import org.wenming.support.SampleMedia;
import org.wenming.support.TestProfiles;

/**
 * Any allowed audio upload plays on a station: a day mixing MP3 at two sample rates, M4A and WAV (made with
 * ffmpeg here) is decoded end to end by ffmpeg from the station's M3U, every item is the levelled station
 * rendition, and audio without a ready rendition stays out of the playlist.
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class BroadcastAudioTest {

    private static final double TARGET_LUFS = -16;
    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS");
    private static final Pattern AUDIO_STREAM = Pattern.compile("Audio: (\\w+), (\\d+) Hz, (\\w+)");

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    SameAnswer answers;

    @Autowired
    AudioRenditions renditions;

    @Autowired
    MediaStorage storage;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    StationFixture fixture;
    AdminApi.Desk banner;
    LocalDate day;

    @BeforeEach
    void setUp() {
        fixture = new StationFixture(api);
        banner = api.desk("naiman");
        day = StationFixture.ownMonday(clock);
    }

    @Test
    void aDayMixingFormatsDecodesEndToEndAtTheScheduledLengthAndLevelledLoudness() throws Exception {
        List<String> keys = List.of(
                upload(
                        "loud-44k.mp3",
                        "sine=frequency=440:duration=4",
                        "volume=0.9",
                        "-ar",
                        "44100",
                        "-c:a",
                        "libmp3lame",
                        "-b:a",
                        "128k"),
                upload(
                        "quiet-22k.mp3",
                        "sine=frequency=550:duration=3",
                        "volume=0.03",
                        "-ar",
                        "22050",
                        "-c:a",
                        "libmp3lame",
                        "-b:a",
                        "64k"),
                upload(
                        "tone.m4a",
                        "sine=frequency=660:duration=3",
                        "volume=0.3",
                        "-ar",
                        "48000",
                        "-c:a",
                        "aac",
                        "-b:a",
                        "96k"),
                upload("tone.wav", "sine=frequency=770:duration=2", "volume=0.5", "-ar", "16000", "-c:a", "pcm_s16le"));
        List<Long> items = new ArrayList<>();
        for (String key : keys) {
            SampleMedia.awaitStationRendition(renditions, key);
            items.add(published(key, "混合格式广播 " + key.substring(0, 6)));
        }
        StationFixture.Created station = fixture.station("daqintala-zhen-dongsheng-cun");
        fixture.scheduleForStation(station.id(), day, "06:30", items);

        JsonNode playlist = playlist(station);
        List<Integer> durations = new ArrayList<>();
        playlist.at("/slots/0/items")
                .forEach(item -> durations.add(item.get("durationSeconds").asInt()));
        assertThat(durations).hasSize(4);
        int scheduled = durations.stream().mapToInt(Integer::intValue).sum();
        assertThat(scheduled).isEqualTo(4 + 3 + 3 + 2);

        Path decoded = work.resolve("day.raw");
        String playing = ffmpeg(
                "-protocol_whitelist",
                "http,tcp,hls,file",
                "-i",
                base() + "/api/station/v1/playlist.m3u?date=" + day + "&key=" + station.key(),
                "-f",
                "s16le",
                "-ac",
                "1",
                "-ar",
                "8000",
                decoded.toString());
        assertThat(playing).as("no glitch where one item joins the next").doesNotContain("Error while decoding");
        double decodedSeconds = Files.size(decoded) / (8000.0 * 2);
        assertThat(decodedSeconds).isCloseTo(scheduled, within(0.3 * durations.size()));

        for (String key : keys) {
            Rendition rendition = renditions.stationRendition(key).orElseThrow();
            String url = base() + rendition.url();
            Matcher stream = AUDIO_STREAM.matcher(ffmpeg("-i", url, "-f", "null", "-"));
            assertThat(stream.find()).isTrue();
            assertThat(stream.group(1) + " " + stream.group(2) + " " + stream.group(3))
                    .isEqualTo("mp3 44100 mono");
            assertThat(integratedLoudness(url)).isCloseTo(TARGET_LUFS, within(1.0));
        }
        Rendition light = renditions.lightRendition(keys.get(0)).orElseThrow();
        assertThat(light.contentType()).isEqualTo("audio/mp4");
        assertThat(light.sizeBytes())
                .isLessThan(
                        renditions.stationRendition(keys.get(0)).orElseThrow().sizeBytes());
    }

    @Test
    void audioWhoseRenditionIsNotReadyOrFailedIsLeftOutAndTheConsoleSaysWhy() throws Exception {
        String key = upload("lost.mp3", "sine=frequency=880:duration=2", "volume=0.5", "-c:a", "libmp3lame");
        SampleMedia.awaitStationRendition(renditions, key);
        long withheld = published(key, "未就绪的广播");
        long sample = fixture.publishedAudio("可播放的广播");
        // Another instance holds the job (making the renditions again): until it finishes, nothing is ready.
        jdbc.update(
                "UPDATE media_rendition SET state = 'RUNNING', claimed_by = 'other-instance', lease_until = ?"
                        + " WHERE media_key = ?",
                Timestamp.valueOf(LocalDateTime.of(2100, 1, 1, 0, 0)),
                key);
        StationFixture.Created first = fixture.station("zhian-zhen-anle-cun");
        fixture.scheduleForStation(first.id(), day, "07:00", List.of(withheld, sample));
        assertThat(contentIds(first)).containsExactly(sample);
        assertThat(renditionOf(key).get("state").asText()).isEqualTo("RUNNING");

        // The original is lost from storage and the claim expires: the next try fails, and says why.
        storage.delete(key);
        jdbc.update(
                "UPDATE media_rendition SET state = 'PENDING', claimed_by = NULL, lease_until = NULL WHERE media_key = ?",
                key);
        JsonNode failed = awaitState(key, "FAILED");
        assertThat(failed.get("failureReason").asText()).contains("原始文件");
        assertThat(failed.has("stationUrl")).isFalse();
        StationFixture.Created second = fixture.station("zhian-zhen-anle-cun");
        fixture.scheduleForStation(second.id(), day, "08:00", List.of(withheld, sample));
        assertThat(contentIds(second)).containsExactly(sample);
    }

    @Test
    void theConsoleShowsARenditionReadyWithWhereItIsServed() throws Exception {
        String key = upload("ready.wav", "sine=frequency=990:duration=2", "volume=0.4", "-c:a", "pcm_s16le");
        JsonNode ready = awaitState(key, "READY");
        assertThat(ready.get("stationUrl").asText()).isEqualTo("/media/" + key + "/renditions/station.mp3");
        assertThat(ready.get("lightUrl").asText()).isEqualTo("/media/" + key + "/renditions/light.m4a");
        assertThat(ready.has("failureReason")).isFalse();

        published(key, "快速通道的广播版");
        for (String url :
                List.of(ready.get("stationUrl").asText(), ready.get("lightUrl").asText())) {
            SameAnswer.Answer fast = answers.get(url, HttpHeaders.RANGE, "bytes=0-999");
            SameAnswer.Answer viaMvc = answers.get(url + "?via=mvc", HttpHeaders.RANGE, "bytes=0-999");
            assertThat(fast.status()).as(url).isEqualTo(206);
            assertSameAnswer(fast, viaMvc, url);
        }
    }

    private String upload(String name, String source, String volume, String... encoding) throws IOException {
        Path file = work.resolve(name);
        List<String> arguments = new ArrayList<>(List.of("-f", "lavfi", "-i", source, "-af", volume, "-ac", "1"));
        arguments.addAll(List.of(encoding));
        arguments.add(file.toString());
        ffmpeg(arguments.toArray(String[]::new));
        return banner.editor().uploadKey("audio", name, Files.readAllBytes(file));
    }

    private long published(String key, String title) {
        Map<String, Object> fields = new HashMap<>(ContentSamples.of(ContentKind.AUDIO, banner.unitId(), title));
        fields.put("mediaKey", key);
        return banner.published(fields);
    }

    private List<Long> contentIds(StationFixture.Created station) throws Exception {
        JsonNode playlist = playlist(station);
        List<Long> ids = new ArrayList<>();
        playlist.get("slots")
                .forEach(slot -> slot.get("items")
                        .forEach(item -> ids.add(item.get("contentId").asLong())));
        return ids;
    }

    private JsonNode playlist(StationFixture.Created station) throws Exception {
        return api.read(mvc.perform(
                        get("/api/station/v1/playlist?date=" + day).header(StationAuthenticator.HEADER, station.key()))
                .andExpect(status().isOk()));
    }

    private JsonNode renditionOf(String key) {
        return api.read(api.admin().get("/api/admin/v1/media/{key}/info", key)).get("renditions");
    }

    private JsonNode awaitState(String key, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode rendition = renditionOf(key);
        while (!state.equals(rendition.get("state").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            rendition = renditionOf(key);
        }
        assertThat(rendition.get("state").asText()).isEqualTo(state);
        return rendition;
    }

    private double integratedLoudness(String url) throws IOException {
        String output = ffmpeg("-i", url, "-af", "ebur128", "-f", "null", "-");
        Matcher m = INTEGRATED.matcher(output.substring(output.lastIndexOf("Summary:")));
        assertThat(m.find()).as("ebur128 summary of %s", url).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Runs ffmpeg and returns what it printed; fails the test on a non-zero exit. */
    private static String ffmpeg(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-y"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(process.exitValue()).as("ffmpeg %s%n%s", command, output).isZero();
        return output;
    }
}
