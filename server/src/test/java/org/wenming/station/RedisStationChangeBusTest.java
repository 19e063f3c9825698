package org.wenming.station;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.wenming.support.EmbeddedRedisConnection;

/** The change bus contract over Redis pub/sub: two instances, each with its own connection and listener container. */
class RedisStationChangeBusTest extends StationChangeBusContract {

    private final List<EmbeddedRedisConnection> connections = new ArrayList<>();
    private final List<RedisMessageListenerContainer> containers = new ArrayList<>();

    @Override
    StationChangeBus[] twoInstances() {
        return new StationChangeBus[] {instance(), instance()};
    }

    private StationChangeBus instance() {
        EmbeddedRedisConnection connection = EmbeddedRedisConnection.open(12);
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connection.redis().getConnectionFactory());
        container.afterPropertiesSet();
        container.start();
        connections.add(connection);
        containers.add(container);
        return new RedisStationChangeBus(connection.redis(), container);
    }

    @AfterEach
    void close() throws Exception {
        for (RedisMessageListenerContainer container : containers) {
            container.destroy();
        }
        connections.forEach(EmbeddedRedisConnection::close);
    }
}
