package org.wenming.audit;

import java.time.LocalDateTime;

/** Filters of the audit log; every field is optional. */
public record AuditQuery(
        Long actorId, String action, String targetType, String targetId, LocalDateTime from, LocalDateTime to) {}
