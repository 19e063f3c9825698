package org.wenming.station;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** The change bus across instances: one Redis channel; every instance, the announcing one included, hears it. */
class RedisStationChangeBus implements StationChangeBus {

    static final String CHANNEL = "wenming:station-changes";

    private final StringRedisTemplate redis;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    RedisStationChangeBus(StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.redis = redis;
        container.addMessageListener((message, pattern) -> listeners.forEach(Runnable::run), new ChannelTopic(CHANNEL));
    }

    @Override
    public void announce() {
        redis.convertAndSend(CHANNEL, "changed");
    }

    @Override
    public void onAnnouncement(Runnable listener) {
        listeners.add(listener);
    }
}
