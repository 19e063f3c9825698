package org.wenming.miniapp.action;

import java.time.LocalDateTime;
import org.wenming.content.PublicContentCard;

/** An audio item a resident listened to, with where to resume. */
record HistoryItem(PublicContentCard content, int positionSeconds, boolean completed, LocalDateTime listenedAt) {}
