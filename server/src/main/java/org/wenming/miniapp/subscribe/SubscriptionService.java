package org.wenming.miniapp.subscribe;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.paging.PageResult;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.miniapp.auth.ResidentPrincipal;
import org.wenming.miniapp.limit.RateLimits;

/**
 * Residents' subscriptions. WeChat's subscribe messages are one-time: each time a resident accepts a topic in
 * wx.requestSubscribeMessage, the server may send them one message of it. Each acceptance is stored as one unit
 * of quota (up to {@code max-quota}); a message uses one.
 */
@Service
class SubscriptionService {

    private final SubscribeMappers.SubscriptionMapper subscriptions;
    private final SubscribeMappers.MessageMapper messages;
    private final SubscribeMappers.SendLogMapper sendLog;
    private final MiniAppProperties.Subscribe settings;
    private final RateLimits limits;
    private final Clock clock;

    SubscriptionService(
            SubscribeMappers.SubscriptionMapper subscriptions,
            SubscribeMappers.MessageMapper messages,
            SubscribeMappers.SendLogMapper sendLog,
            MiniAppProperties properties,
            RateLimits limits,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.sendLog = sendLog;
        this.settings = properties.subscribe();
        this.limits = limits;
        this.clock = clock;
    }

    /** The topics with a template, and how many messages of each the resident can still receive. */
    public List<SubscribeViews.Topic> topics(ResidentPrincipal resident) {
        Map<String, Integer> quotas = new HashMap<>();
        subscriptions.quotas(resident.id()).forEach(q -> quotas.put(q.topic(), q.quota()));
        return settings.topics().stream()
                .filter(MiniAppProperties.Topic::enabled)
                .map(t ->
                        new SubscribeViews.Topic(t.code(), t.name(), t.templateId(), quotas.getOrDefault(t.code(), 0)))
                .toList();
    }

    /** The resident accepted the topic once more in wx.requestSubscribeMessage. */
    public SubscribeViews.Topic accept(ResidentPrincipal resident, String code) {
        limits.check(RateLimits.Kind.ACTION, resident.openid(), resident.ip());
        MiniAppProperties.Topic topic = topic(code);
        LocalDateTime now = LocalDateTime.now(clock);
        if (subscriptions.increment(resident.id(), code, settings.maxQuota(), now) == 0) {
            try {
                subscriptions.insertFirst(resident.id(), code, now);
            } catch (DuplicateKeyException e) {
                subscriptions.increment(resident.id(), code, settings.maxQuota(), now);
            }
        }
        return view(resident, topic);
    }

    /** The resident no longer wants this topic: the remaining quota is dropped. */
    public SubscribeViews.Topic cancel(ResidentPrincipal resident, String code) {
        limits.check(RateLimits.Kind.ACTION, resident.openid(), resident.ip());
        MiniAppProperties.Topic topic = topic(code);
        subscriptions.set(resident.id(), code, 0, LocalDateTime.now(clock));
        return view(resident, topic);
    }

    public PageResult<SubscribeViews.Message> messages(
            Long contentId, SubscribeMessage.Status status, int page, int size) {
        LambdaQueryWrapper<SubscribeMessage> where = new LambdaQueryWrapper<SubscribeMessage>()
                .eq(contentId != null, SubscribeMessage::getContentId, contentId)
                .eq(status != null, SubscribeMessage::getStatus, status)
                .orderByDesc(SubscribeMessage::getId);
        return PageResult.of(
                messages.selectPage(Page.of(page, size), where),
                rows -> rows.stream()
                        .map(m -> new SubscribeViews.Message(
                                m.getId(),
                                m.getContentId(),
                                m.getTopic(),
                                m.getResidentId(),
                                m.getStatus().name(),
                                m.getAttempts(),
                                m.getLastErrcode(),
                                m.getLastError(),
                                m.getNextAttemptAt(),
                                m.getSentAt(),
                                m.getCreatedAt(),
                                sendLog.attempts(m.getId())))
                        .toList());
    }

    private SubscribeViews.Topic view(ResidentPrincipal resident, MiniAppProperties.Topic topic) {
        int quota = subscriptions.quotas(resident.id()).stream()
                .filter(q -> q.topic().equals(topic.code()))
                .mapToInt(SubscribeMappers.Quota::quota)
                .findFirst()
                .orElse(0);
        return new SubscribeViews.Topic(topic.code(), topic.name(), topic.templateId(), quota);
    }

    private MiniAppProperties.Topic topic(String code) {
        return settings.topics().stream()
                .filter(t -> t.enabled() && t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.TOPIC_NOT_FOUND));
    }
}
