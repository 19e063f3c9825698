package org.wenming.support;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A connection of its own to the {@link EmbeddedRedis} server, on a database index no application instance
 * uses, so an adapter's contract test may empty its database before every case without touching the
 * instances other tests start over database 0.
 */
public final class EmbeddedRedisConnection implements AutoCloseable {

    private final LettuceConnectionFactory connections;
    private final StringRedisTemplate redis;

    private EmbeddedRedisConnection(int database) {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration("127.0.0.1", EmbeddedRedis.port());
        server.setDatabase(database);
        connections = new LettuceConnectionFactory(server);
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    public static EmbeddedRedisConnection open(int database) {
        return new EmbeddedRedisConnection(database);
    }

    public StringRedisTemplate redis() {
        return redis;
    }

    public void flush() {
        redis.execute((RedisCallback<Void>) connection -> {
            connection.serverCommands().flushDb();
            return null;
        });
    }

    @Override
    public void close() {
        connections.destroy();
    }
}
