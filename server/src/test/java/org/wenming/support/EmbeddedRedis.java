package org.wenming.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** One real redis-server (from embedded-redis) per test JVM, on a free port, stopped when the JVM exits. */
public final class EmbeddedRedis {

    private static RedisServer server;
    private static int port;

    private EmbeddedRedis() {}

    public static synchronized int port() {
        if (server == null) {
            try {
                port = freePort();
                server = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(port)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedRedis::stop));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded redis", e);
            }
        }
        return port;
    }

    private static void stop() {
        try {
            server.stop();
        } catch (IOException ignored) {
            // The JVM is exiting; the child process dies with it.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
