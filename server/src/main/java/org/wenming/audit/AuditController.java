package org.wenming.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.http.CsvFile;
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
    private final Clock clock;

    public AuditController(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "操作日志")
    @GetMapping
    public PageResult<AuditView> list(
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

    @Operation(
            summary = "导出操作日志（CSV）",
            description = "与操作日志相同的筛选，导出全部符合条件的记录",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
            })
    @GetMapping("/export.csv")
    public void export(
            Actor actor,
            @RequestParam(required = false) Long actorId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            HttpServletResponse response)
            throws IOException {
        CsvFile.Rows<AuditView> rows =
                audit.export(actor, new AuditQuery(actorId, action, targetType, targetId, from, to));
        CsvFile.send(response, "审计日志-" + LocalDate.now(clock) + ".csv", AuditExport.HEADER, rows, AuditExport::cells);
    }
}
