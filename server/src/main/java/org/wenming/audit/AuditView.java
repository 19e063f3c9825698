package org.wenming.audit;

import java.time.LocalDateTime;

/**
 * An audit entry as the console reads it. {@code actorName} is the person's name as colleagues know them
 * (八仙筒镇编辑), {@code actorUsername} the sign-in name the entry recorded. {@code targetExists} says whether
 * the object is still there to open (null for objects the log cannot look up, such as a setting);
 * {@code targetName} is its name or title now, {@code targetContentKind} the kind of a content item.
 */
record AuditView(
        long id,
        Long actorId,
        String actorName,
        String actorUsername,
        String action,
        String targetType,
        String targetId,
        String targetName,
        Boolean targetExists,
        String targetContentKind,
        String detail,
        String ip,
        LocalDateTime createdAt) {}
