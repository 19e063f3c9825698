package org.wenming.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the OS's ffmpeg ({@code wenming.media.renditions.ffmpeg}) with a timeout and a bounded record of its
 * output: a run that takes too long is killed, and only the tail of what it printed is kept (ffmpeg prints
 * its loudness measurement last). Whether ffmpeg is there is checked once at start, with a clear log line.
 */
@Component
class Ffmpeg {

    private static final Logger log = LoggerFactory.getLogger(Ffmpeg.class);
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(10);

    private final RenditionProperties properties;
    private final Optional<String> version;

    Ffmpeg(RenditionProperties properties) {
        this.properties = properties;
        this.version = probe();
    }

    /** The first line of {@code ffmpeg -version}, or empty when ffmpeg cannot be run. */
    Optional<String> version() {
        return version;
    }

    /** Runs ffmpeg with {@code arguments}; a non-zero exit or a timeout is a {@link RenditionFailure}. */
    String run(List<String> arguments) {
        return run(arguments, properties.timeout());
    }

    private String run(List<String> arguments, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(properties.ffmpeg());
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new RenditionFailure("无法启动 ffmpeg（" + properties.ffmpeg() + "）：请在服务器上安装 ffmpeg", e);
        }
        OutputTail tail = new OutputTail(
                process.getInputStream(), (int) properties.maxOutput().toBytes());
        tail.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new RenditionFailure("转码超时：ffmpeg 超过 " + timeout.toSeconds() + " 秒未完成", null);
            }
            tail.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenditionFailure("转码被中断（服务停止）", e);
        }
        String output = tail.text();
        if (process.exitValue() != 0) {
            throw new RenditionFailure("转码失败：ffmpeg 无法处理此文件（" + lastLine(output) + "）", null);
        }
        return output;
    }

    private Optional<String> probe() {
        try {
            String first = run(List.of("-hide_banner", "-version"), VERSION_TIMEOUT)
                    .lines()
                    .findFirst()
                    .orElse("ffmpeg");
            log.info("Audio renditions use {} ({})", first, properties.ffmpeg());
            return Optional.of(first);
        } catch (RenditionFailure e) {
            log.error(
                    "ffmpeg not found or not runnable as '{}': uploaded audio gets no broadcast renditions and stations"
                            + " play none of it until ffmpeg is installed (Debian: apt-get install ffmpeg) and the"
                            + " server restarted; set wenming.media.renditions.ffmpeg (WENMING_FFMPEG) to its path",
                    properties.ffmpeg());
            return Optional.empty();
        }
    }

    private static String lastLine(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "无输出" : lines.get(lines.size() - 1).strip();
        return last.length() > 200 ? last.substring(0, 200) : last;
    }

    /** Drains a process's output so it never blocks on a full pipe, keeping only the last {@code limit} bytes. */
    private static final class OutputTail extends Thread {

        private final InputStream in;
        private final byte[] ring;
        private long written;

        OutputTail(InputStream in, int limit) {
            super("ffmpeg-output");
            setDaemon(true);
            this.in = in;
            this.ring = new byte[limit];
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    append(buffer, n);
                }
            } catch (IOException processGone) {
                log.debug("ffmpeg output closed: {}", processGone.getMessage());
            }
        }

        private synchronized void append(byte[] buffer, int n) {
            for (int i = 0; i < n; i++) {
                ring[(int) (written++ % ring.length)] = buffer[i];
            }
        }

        synchronized String text() {
            int size = (int) Math.min(written, ring.length);
            byte[] out = new byte[size];
            int start = (int) ((written - size) % ring.length);
            for (int i = 0; i < size; i++) {
                out[i] = ring[(start + i) % ring.length];
            }
            return new String(out, StandardCharsets.UTF_8);
        }
    }
}
