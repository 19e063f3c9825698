package org.wenming.miniapp.subscribe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wenming.common.error.ApiException;
import org.wenming.content.PublicContentDetail;
import org.wenming.content.PublishedContent;
import org.wenming.miniapp.MiniAppProperties;

/**
 * Announces a published item to the residents subscribed to its topics (called by {@link AnnouncementOutbox}).
 * For each matching topic, once per item (a second publication announces nothing): every subscriber with quota
 * left gets one message, and that message uses one unit of their quota in the same transaction. Nobody without
 * quota gets anything. {@link SubscribeSender} then sends the messages, with retries.
 */
@Component
class SubscribeDispatcher {

    private static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final Logger log = LoggerFactory.getLogger(SubscribeDispatcher.class);

    private final PublishedContent published;
    private final SubscribeMappers.SubscriptionMapper subscriptions;
    private final SubscribeMappers.DispatchMapper dispatches;
    private final SubscribeMappers.MessageMapper messages;
    private final MiniAppProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubscribeDispatcher(
            PublishedContent published,
            SubscribeMappers.SubscriptionMapper subscriptions,
            SubscribeMappers.DispatchMapper dispatches,
            SubscribeMappers.MessageMapper messages,
            MiniAppProperties properties,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.published = published;
        this.subscriptions = subscriptions;
        this.dispatches = dispatches;
        this.messages = messages;
        this.properties = properties;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Queues the messages about this item; answers how many. */
    public int dispatch(long contentId) {
        PublicContentDetail content;
        try {
            content = published.detail(contentId);
        } catch (ApiException notPublicAnyMore) {
            return 0;
        }
        int queued = 0;
        for (MiniAppProperties.Topic topic : properties.subscribe().topics()) {
            if (topic.enabled() && topic.matches(content.kind(), content.column())) {
                queued += announce(content, topic);
            }
        }
        return queued;
    }

    private int announce(PublicContentDetail content, MiniAppProperties.Topic topic) {
        String payload = payload(content, topic);
        String page = properties.contentPage() + "?id=" + content.id();
        try {
            Integer queued = transactions.execute(tx -> {
                LocalDateTime now = LocalDateTime.now(clock);
                SubscribeMappers.DispatchRow dispatch = new SubscribeMappers.DispatchRow();
                dispatches.insert(content.id(), topic.code(), now, dispatch);
                int count = 0;
                long after = 0;
                List<SubscribeMappers.Recipient> batch;
                do {
                    batch = subscriptions.recipients(topic.code(), after, BATCH);
                    for (SubscribeMappers.Recipient recipient : batch) {
                        after = recipient.residentId();
                        if (subscriptions.consume(recipient.residentId(), topic.code(), now) == 1) {
                            messages.insert(
                                    message(dispatch.getId(), content.id(), topic, recipient, page, payload, now));
                            count++;
                        }
                    }
                } while (batch.size() == BATCH);
                dispatches.recipients(dispatch.getId(), count);
                return count;
            });
            log.info("Content {} announced to {} subscribers of {}", content.id(), queued, topic.code());
            return queued == null ? 0 : queued;
        } catch (DuplicateKeyException alreadyAnnounced) {
            return 0;
        }
    }

    private SubscribeMessage message(
            long dispatchId,
            long contentId,
            MiniAppProperties.Topic topic,
            SubscribeMappers.Recipient recipient,
            String page,
            String payload,
            LocalDateTime now) {
        SubscribeMessage message = new SubscribeMessage();
        message.setDispatchId(dispatchId);
        message.setContentId(contentId);
        message.setTopic(topic.code());
        message.setResidentId(recipient.residentId());
        message.setOpenid(recipient.openid());
        message.setTemplateId(topic.templateId());
        message.setPage(page);
        message.setPayload(payload);
        message.setStatus(SubscribeMessage.Status.PENDING);
        message.setAttempts(0);
        message.setNextAttemptAt(now);
        message.setCreatedAt(now);
        message.setUpdatedAt(now);
        return message;
    }

    /** The template's data: each key gets the item field it names, cut to what WeChat accepts for its type. */
    private String payload(PublicContentDetail content, MiniAppProperties.Topic topic) {
        Map<String, String> data = new LinkedHashMap<>();
        topic.data().forEach((key, field) -> data.put(key, fit(key, value(content, field, key))));
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Template data cannot be written as JSON", e);
        }
    }

    private static String value(PublicContentDetail content, String field, String key) {
        return switch (field) {
            case "title" -> content.title();
            case "column" -> content.column() != null ? content.column() : content.kindLabel();
            case "unit" -> content.orgUnitName();
            case "kind" -> content.kindLabel();
            case "publishedAt" ->
                key.startsWith("date")
                        ? content.publishedAt().format(DATE)
                        : content.publishedAt().format(TIME);
            default -> field;
        };
    }

    /** WeChat refuses values longer than the key type allows (thing 20, name 10, phrase 5, …). */
    static String fit(String key, String value) {
        String type = key.replaceAll("\\d+$", "");
        int max = switch (type) {
            case "thing" -> 20;
            case "name" -> 10;
            case "phrase", "short_thing" -> 5;
            case "character_string", "letter" -> 32;
            default -> Integer.MAX_VALUE;
        };
        if (value == null) {
            return "";
        }
        return value.codePointCount(0, value.length()) <= max
                ? value
                : value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }
}
