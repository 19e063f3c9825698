package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.support.TestMedia;

/** The decoding limits, with settings no shared context has: one decoding slot and almost no wait for it. */
class MediaInspectorTest {

    private final MediaInspector inspector = new MediaInspector(new MediaProperties(
            "unused",
            DataSize.ofMegabytes(200),
            DataSize.ofMegabytes(20),
            new MediaProperties.Decoding(DataSize.ofMegabytes(64), 1, Duration.ofMillis(1)),
            List.of(320),
            Duration.ofHours(1),
            Duration.ofHours(1),
            Duration.ofHours(1),
            null));

    @Test
    void imagesBeyondTheDecodingSlotsAreToldToRetryLaterWhileOthersDecode() throws Exception {
        byte[] photo = TestMedia.jpeg(3000, 2000, new Color(0x16A085));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(inspect(photo)));
            }
            List<ErrorCode> codes = new ArrayList<>();
            for (Future<ErrorCode> outcome : outcomes) {
                codes.add(outcome.get());
            }

            assertThat(codes).contains((ErrorCode) null).contains(ErrorCode.MEDIA_BUSY);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedFileIsNamedInPlainChineseNotByItsMimeType() throws Exception {
        byte[] text = "这不是音频，只是一段文字。".repeat(20).getBytes(StandardCharsets.UTF_8);
        try (MediaSpool spool = MediaSpool.read(new ByteArrayInputStream(text), text.length)) {
            ApiException refused =
                    catchThrowableOfType(ApiException.class, () -> inspector.inspect(spool, MediaUse.AUDIO));

            assertThat(refused.code()).isEqualTo(ErrorCode.MEDIA_TYPE_NOT_ALLOWED);
            assertThat(refused.getMessage()).isEqualTo("音频仅支持 MP3、M4A、WAV，该文件实际是文字");
        }
        assertThat(MediaInspector.plainNameOf("text/html")).isEqualTo("网页");
        assertThat(MediaInspector.plainNameOf("image/png")).isEqualTo("图片");
        assertThat(MediaInspector.plainNameOf("application/octet-stream")).isEqualTo("其他类型的文件");
    }

    /** The code an inspection was refused with; null when it succeeded. */
    private Callable<ErrorCode> inspect(byte[] data) {
        return () -> {
            try (MediaSpool spool = MediaSpool.read(new ByteArrayInputStream(data), data.length)) {
                inspector.inspect(spool, MediaUse.IMAGE);
                return null;
            } catch (ApiException e) {
                return e.code();
            }
        };
    }
}
