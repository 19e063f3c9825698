package org.wenming.media;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The one way other features learn an audio's broadcast-ready copies: what a station plays and what a
 * resident on a mobile network may fetch instead of the original. Empty until the rendition is ready
 * (still queued, being made or failed), so a caller never offers a file that is not there.
 */
@Service
public class AudioRenditions {

    private final RenditionJobs jobs;
    private final Ffmpeg ffmpeg;

    AudioRenditions(RenditionJobs jobs, Ffmpeg ffmpeg) {
        this.jobs = jobs;
        this.ffmpeg = ffmpeg;
    }

    /** The version of the ffmpeg renditions are made with; empty when it is missing (nothing is made). */
    public Optional<String> ffmpegVersion() {
        return ffmpeg.version();
    }

    /** The levelled MP3 of one format that stations play. */
    public Optional<Rendition> stationRendition(String mediaKey) {
        return ready(mediaKey, RenditionKind.STATION);
    }

    /** The small M4A (AAC, index first) for residents on mobile networks. */
    public Optional<Rendition> lightRendition(String mediaKey) {
        return ready(mediaKey, RenditionKind.LIGHT);
    }

    /** The job's state and reason, for the console; empty for images. */
    Optional<RenditionJobs.Row> status(String mediaKey) {
        return MediaKeys.isKey(mediaKey) ? jobs.find(mediaKey) : Optional.empty();
    }

    private Optional<Rendition> ready(String mediaKey, RenditionKind kind) {
        return status(mediaKey)
                .filter(row -> row.state() == RenditionState.READY)
                .map(row -> {
                    boolean station = kind == RenditionKind.STATION;
                    return new Rendition(
                            kind.url(mediaKey),
                            kind.contentType(),
                            station ? row.stationSize() : row.lightSize(),
                            station ? row.stationSha256() : row.lightSha256(),
                            (int) Math.round(row.stationDurationMillis() / 1000.0));
                });
    }
}
