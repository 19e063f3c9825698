package org.wenming.media;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through the rendition queue in the background with {@code concurrency} threads, so an upload
 * never waits for ffmpeg. Each thread claims the oldest due job, makes its renditions and records the
 * outcome; idle threads wake when an upload queues a job, or every {@code poll-interval} for jobs of other
 * instances' uploads and expired claims. A failure never reaches the uploader: the job says failed, with
 * the reason; only unavailable storage sends a job back to the queue for a later try, and a job cut off by
 * shutdown goes back at once for another instance (or the next start).
 */
@Component
class RenditionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RenditionWorker.class);

    private final RenditionJobs jobs;
    private final RenditionMaker maker;
    private final Ffmpeg ffmpeg;
    private final RenditionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String owner = "rendition-" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService threads;
    private volatile boolean running;

    RenditionWorker(
            RenditionJobs jobs,
            RenditionMaker maker,
            Ffmpeg ffmpeg,
            RenditionProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jobs = jobs;
        this.maker = maker;
        this.ffmpeg = ffmpeg;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Queues renditions of a new audio and wakes an idle thread. */
    void request(String mediaKey) {
        jobs.request(mediaKey, LocalDateTime.now(clock));
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        if (ffmpeg.version().isEmpty()) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        threads = Executors.newFixedThreadPool(properties.concurrency(), task -> {
            Thread thread = new Thread(task, "rendition-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < properties.concurrency(); i++) {
            threads.execute(this::work);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                if (!runNext()) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Rendition queue not read: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    /** Makes one due job's renditions; false when none was due. */
    private boolean runNext() {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<RenditionJobs.Claimed> next = jobs.claimNext(owner, now, now.plus(properties.lease()));
        if (next.isEmpty()) {
            return false;
        }
        RenditionJobs.Claimed job = next.get();
        try {
            if (job.attempts() > properties.maxAttempts()) {
                fail(job, "多次尝试仍未完成（" + properties.maxAttempts() + " 次），请重新上传");
                return true;
            }
            jobs.ready(job.id(), maker.make(job.mediaKey()), LocalDateTime.now(clock));
            log.info("Renditions of {} ready", job.mediaKey());
            events.publishEvent(new RenditionsChanged(job.mediaKey(), RenditionState.READY));
        } catch (RenditionFailure e) {
            if (!running) {
                LocalDateTime at = LocalDateTime.now(clock);
                jobs.retryLater(job.id(), null, at, at);
                return true;
            }
            log.warn("Renditions of {} failed: {}", job.mediaKey(), e.getMessage());
            fail(job, e.getMessage());
        } catch (MediaStorage.StorageUnavailableException e) {
            log.warn("Renditions of {} wait for media storage: {}", job.mediaKey(), e.getMessage());
            LocalDateTime at = LocalDateTime.now(clock);
            jobs.retryLater(job.id(), "媒体存储暂不可用，稍后自动重试", at.plus(properties.retryDelay()), at);
        } catch (RuntimeException e) {
            log.warn("Renditions of {} failed unexpectedly", job.mediaKey(), e);
            fail(job, "转码失败：服务器内部错误，请重新上传或联系管理员");
        }
        return true;
    }

    private void fail(RenditionJobs.Claimed job, String reason) {
        jobs.failed(job.id(), reason, LocalDateTime.now(clock));
        events.publishEvent(new RenditionsChanged(job.mediaKey(), RenditionState.FAILED));
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
