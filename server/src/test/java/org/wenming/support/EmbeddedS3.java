package org.wenming.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.wenming.media.MediaProperties;

/**
 * S3 servers inside the test JVM (S3Proxy over a folder, so large objects do not live in the heap): one
 * shared server started once per JVM, and servers of their own for tests that stop and restart storage.
 * They accept any signature: S3Proxy verifies a signed payload by holding the whole request body in this
 * JVM's heap, which would be counted against the adapter in the flat-heap test. The client still signs.
 */
public final class EmbeddedS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "wenming-test";
    public static final String SECRET_KEY = "wenming-test-secret";
    private static EmbeddedS3 shared;

    private final int port;
    private final Path folder;
    private S3Proxy proxy;

    private EmbeddedS3(int port, Path folder) {
        this.port = port;
        this.folder = folder;
    }

    public static synchronized EmbeddedS3 shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of the caller's own, on a free port, over a new folder. */
    public static EmbeddedS3 start() {
        try {
            EmbeddedS3 s3 = new EmbeddedS3(freePort(), Files.createTempDirectory("wenming-s3-"));
            s3.restart();
            return s3;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Settings of the MinIO adapter pointed at this server. */
    public MediaProperties.Minio settings(String bucket) {
        return new MediaProperties.Minio(
                endpoint(),
                ACCESS_KEY,
                SECRET_KEY,
                bucket,
                "us-east-1",
                MediaProperties.Delivery.STREAM,
                null,
                Duration.ofMinutes(15),
                Duration.ofSeconds(2),
                Duration.ofSeconds(30));
    }

    /** Starts (again) on the same port and folder, so objects written before a stop are still there. */
    public synchronized void restart() {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .credentials("identity", "credential")
                .overrides(properties)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create(endpoint()))
                .awsAuthentication(AuthenticationType.NONE, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start");
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start S3Proxy on port " + port, e);
        }
    }

    /**
     * Every file the server keeps for a bucket, complete objects and the parts of unfinished multipart uploads
     * alike (S3's listings leave the parts out).
     */
    public List<String> storedFiles(String bucket) {
        try (Stream<Path> files = Files.walk(folder.resolve(bucket))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.resolve(bucket).relativize(file).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop S3Proxy", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
