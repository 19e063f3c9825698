package org.wenming.station;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Chooses the change bus by profile, as the other shared-state adapters do. */
@Configuration(proxyBeanMethods = false)
class StationChangeBusConfig {

    @Bean
    @Profile("redis")
    RedisMessageListenerContainer stationChangeListeners(RedisConnectionFactory connections) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        return container;
    }

    @Bean
    @Profile("redis")
    StationChangeBus redisStationChangeBus(
            StringRedisTemplate redis, RedisMessageListenerContainer stationChangeListeners) {
        return new RedisStationChangeBus(redis, stationChangeListeners);
    }

    @Bean
    @Profile("!redis")
    StationChangeBus memoryStationChangeBus() {
        return new MemoryStationChangeBus();
    }
}
