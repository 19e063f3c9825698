package org.wenming.miniapp.action;

import java.time.LocalDateTime;
import org.wenming.content.PublicContentCard;

/**
 * An item a resident opened, of any kind, with when; for audio also where to resume ({@code positionSeconds},
 * {@code completed} and {@code listenedAt} are null for items never played).
 */
record HistoryItem(
        PublicContentCard content,
        Integer positionSeconds,
        Boolean completed,
        LocalDateTime listenedAt,
        LocalDateTime openedAt) {}
