package org.wenming.content;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A published audio item with its file, as broadcast stations play it. */
public record PlayableAudio(long id, String title, String mediaKey, Integer durationSeconds, LocalDateTime offlineAt)
        implements Serializable {}
