package org.wenming.ops;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.wenming.media.AudioRenditions;

/**
 * Health contributor {@code rendition}: UP with ffmpeg's version, DEGRADED (HTTP 200, not part of
 * readiness) when ffmpeg is missing: the server serves everything, but new audio gets no broadcast
 * rendition, so stations leave it out.
 */
@Component
class RenditionHealthIndicator extends AbstractHealthIndicator {

    private final AudioRenditions renditions;

    RenditionHealthIndicator(AudioRenditions renditions) {
        super("Rendition health check failed");
        this.renditions = renditions;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        renditions
                .ffmpegVersion()
                .ifPresentOrElse(
                        version -> builder.up().withDetail("ffmpeg", version),
                        () -> builder.status(SearchHealthIndicator.DEGRADED)
                                .withDetail("ffmpeg", "missing")
                                .withDetail("detail", "未找到 ffmpeg：新上传的音频不会生成广播版，广播站不会播放这些音频"));
    }
}
