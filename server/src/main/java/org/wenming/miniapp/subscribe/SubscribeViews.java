package org.wenming.miniapp.subscribe;

import java.time.LocalDateTime;
import java.util.List;

/** What the subscribe endpoints answer. */
final class SubscribeViews {

    private SubscribeViews() {}

    /** A topic residents can subscribe to; the mini program passes {@code templateId} to wx.requestSubscribeMessage. */
    public record Topic(String code, String name, String templateId, int quota) {}

    public record SendAttempt(int attempt, int errcode, String errmsg, LocalDateTime createdAt) {}

    /** A message with its send history, for administrators. */
    public record Message(
            long id,
            long contentId,
            String topic,
            long residentId,
            String status,
            int attempts,
            Integer lastErrcode,
            String lastError,
            LocalDateTime nextAttemptAt,
            LocalDateTime sentAt,
            LocalDateTime createdAt,
            List<SendAttempt> history) {}
}
