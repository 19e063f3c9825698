package org.wenming.audit;

import java.time.LocalDateTime;

/** Filters of the audit log; every field is optional. */
record AuditQuery(
        Long actorId, String action, String targetType, String targetId, LocalDateTime from, LocalDateTime to) {}
