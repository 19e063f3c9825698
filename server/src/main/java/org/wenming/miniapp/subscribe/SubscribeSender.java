package org.wenming.miniapp.subscribe;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.wechat.WeChatClient;

/**
 * Sends queued subscribe messages every {@code send-interval} (and at once after an announcement). Each message
 * is claimed with a conditional update, so instances never send one twice; every attempt is logged with
 * WeChat's answer. Temporary failures (busy, rate limits, token trouble, no connection) are retried with a
 * doubling pause up to {@code max-attempts}; then, and on permanent failures, the message fails and its unit of
 * quota is given back, except when WeChat says the resident holds no subscription (43101): then none is left.
 */
@Configuration
class SubscribeSender implements SchedulingConfigurer {

    static final int NO_SUBSCRIPTION = 43101;
    private static final Set<Integer> TEMPORARY =
            Set.of(-1, WeChatClient.SendResult.UNREACHABLE, 40001, 42001, 45009, 45011);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(SubscribeSender.class);

    private final SubscribeMappers.MessageMapper messages;
    private final SubscribeMappers.SendLogMapper sendLog;
    private final SubscribeMappers.SubscriptionMapper subscriptions;
    private final WeChatClient wechat;
    private final MiniAppProperties.Subscribe settings;
    private final ObjectMapper json;
    private final Clock clock;

    SubscribeSender(
            SubscribeMappers.MessageMapper messages,
            SubscribeMappers.SendLogMapper sendLog,
            SubscribeMappers.SubscriptionMapper subscriptions,
            WeChatClient wechat,
            MiniAppProperties properties,
            ObjectMapper json,
            Clock clock) {
        this.messages = messages;
        this.sendLog = sendLog;
        this.subscriptions = subscriptions;
        this.wechat = wechat;
        this.settings = properties.subscribe();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::deliverDue, settings.sendInterval());
    }

    /** Sends every message that is due; answers how many were sent successfully. */
    public int deliverDue() {
        int sent = 0;
        List<SubscribeMessage> due;
        do {
            LocalDateTime now = LocalDateTime.now(clock);
            due = messages.selectPage(
                            Page.of(1, BATCH, false),
                            new LambdaQueryWrapper<SubscribeMessage>()
                                    .in(
                                            SubscribeMessage::getStatus,
                                            SubscribeMessage.Status.PENDING,
                                            SubscribeMessage.Status.SENDING)
                                    .le(SubscribeMessage::getNextAttemptAt, now)
                                    .orderByAsc(SubscribeMessage::getId))
                    .getRecords();
            for (SubscribeMessage message : due) {
                if (messages.claim(message.getId(), now, now.plus(LEASE)) == 1 && send(message)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean send(SubscribeMessage message) {
        WeChatClient.SendResult result = wechat.sendSubscribeMessage(
                message.getOpenid(), message.getTemplateId(), message.getPage(), data(message));
        LocalDateTime now = LocalDateTime.now(clock);
        int attempt = message.getAttempts() + 1;
        sendLog.insert(message.getId(), attempt, result.errcode(), truncate(result.errmsg()), now);
        message.setAttempts(attempt);
        message.setUpdatedAt(now);
        if (result.ok()) {
            message.setStatus(SubscribeMessage.Status.SENT);
            message.setSentAt(now);
            message.setLastErrcode(null);
            message.setLastError(null);
        } else {
            message.setLastErrcode(result.errcode());
            message.setLastError(truncate(result.errmsg()));
            if (TEMPORARY.contains(result.errcode()) && attempt < settings.maxAttempts()) {
                message.setStatus(SubscribeMessage.Status.PENDING);
                message.setNextAttemptAt(now.plus(settings.retryBackoff().multipliedBy(1L << (attempt - 1))));
            } else {
                message.setStatus(SubscribeMessage.Status.FAILED);
                settleQuota(message, result.errcode(), now);
            }
            log.info(
                    "Subscribe message {} attempt {} failed with {}: {}",
                    message.getId(),
                    attempt,
                    result.errcode(),
                    result.errmsg());
        }
        messages.updateById(message);
        return result.ok();
    }

    private void settleQuota(SubscribeMessage message, int errcode, LocalDateTime now) {
        if (errcode == NO_SUBSCRIPTION) {
            subscriptions.set(message.getResidentId(), message.getTopic(), 0, now);
        } else {
            subscriptions.increment(message.getResidentId(), message.getTopic(), settings.maxQuota(), now);
        }
    }

    private Map<String, String> data(SubscribeMessage message) {
        try {
            return json.readValue(message.getPayload(), new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored template data of message " + message.getId() + " is not JSON", e);
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }
}
