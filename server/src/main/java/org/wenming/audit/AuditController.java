package org.wenming.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

@RequiresRole({Role.ADMIN})
@RestController
@RequestMapping("/api/admin/v1/audit-log")
class AuditController {

    private final AuditService audit;

    public AuditController(AuditService audit) {
        this.audit = audit;
    }

    @Operation(summary = "操作日志")
    @GetMapping
    public PageResult<AuditEntry> list(
            Actor actor,
            @RequestParam(required = false) Long actorId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        return audit.search(
                actor,
                new AuditQuery(actorId, action, targetType, targetId, from, to),
                PageLimits.checkPage(page),
                PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }
}
