package org.wenming.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.elasticsearch.common.logging.internal.LoggerFactoryImpl;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.logging.internal.spi.LoggerFactory;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.springframework.util.FileSystemUtils;

/**
 * One real Elasticsearch 8 node per test JVM (it cannot host two), on a free loopback port, with the
 * analyzers production uses; started on first use and stopped when the JVM exits.
 */
public final class EmbeddedElasticsearch {

    private static Node node;
    private static Path home;
    private static int port;

    private EmbeddedElasticsearch() {}

    public static synchronized int port() {
        if (node == null) {
            start();
        }
        return port;
    }

    public static String url() {
        return "http://127.0.0.1:" + port();
    }

    private static void start() {
        try {
            // Elasticsearch's own logging facade, over Log4j's API (which Spring Boot routes to Logback);
            // the node's start-up chatter is not what a test run is about.
            LoggerFactory.setInstance(new LoggerFactoryImpl());
            ((Logger) org.slf4j.LoggerFactory.getLogger("org.elasticsearch")).setLevel(Level.WARN);
            // Lettuce (Redis) may have initialised Netty in this JVM already; Elasticsearch must not insist.
            System.setProperty("es.set.netty.runtime.available.processors", "false");
            home = Files.createTempDirectory("wenming-es");
            port = freePort();
            Settings settings = Settings.builder()
                    .put("cluster.name", "wenming-test")
                    .put("node.name", "test-node")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("network.host", "127.0.0.1")
                    .put("http.port", port)
                    .put("transport.port", freePort())
                    .put("discovery.type", "single-node")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            node = new ClasspathPluginNode(settings, List.of(Netty4Plugin.class, ChineseAnalysisPlugin.class));
            node.start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedElasticsearch::stop));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded Elasticsearch", e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException("Embedded Elasticsearch refused to start", e);
        }
    }

    private static void stop() {
        try {
            node.close();
            FileSystemUtils.deleteRecursively(home);
        } catch (IOException ignored) {
            // The JVM is exiting; the temporary folder is left to the system.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
