package org.wenming.station;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.http.CsvFile;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;
import org.wenming.content.PublicContentCard;
import org.wenming.content.PublishedContent;

/** Stations, their keys, schedules, urgent inserts, health and ledger, for the admin console. */
@RestController
@RequestMapping("/api/admin/v1")
class StationAdminController {

    private final StationService stations;
    private final ScheduleService schedules;
    private final PlaylistService playlists;
    private final StationReportService reports;
    private final PublishedContent published;

    public StationAdminController(
            StationService stations,
            ScheduleService schedules,
            PlaylistService playlists,
            StationReportService reports,
            PublishedContent published) {
        this.stations = stations;
        this.schedules = schedules;
        this.playlists = playlists;
        this.reports = reports;
        this.published = published;
    }

    @RequiresRole
    @Operation(summary = "广播站列表")
    @GetMapping("/stations")
    public List<StationView> list(Actor actor) {
        return stations.list(actor);
    }

    @RequiresRole({Role.ADMIN})
    @Operation(summary = "新建广播站（返回密钥）")
    @PostMapping("/stations")
    @ResponseStatus(HttpStatus.CREATED)
    public IssuedKey create(Actor actor, @Valid @RequestBody StationRequest request) {
        return stations.create(actor, request);
    }

    @RequiresRole
    @Operation(summary = "广播站详情")
    @GetMapping("/stations/{id}")
    public StationView get(Actor actor, @PathVariable long id) {
        return stations.get(actor, id);
    }

    @RequiresRole({Role.ADMIN})
    @Operation(summary = "修改广播站")
    @PutMapping("/stations/{id}")
    public StationView update(Actor actor, @PathVariable long id, @Valid @RequestBody StationRequest request) {
        return stations.update(actor, id, request);
    }

    @RequiresRole({Role.ADMIN})
    @Operation(summary = "轮换广播站密钥")
    @PostMapping("/stations/{id}/key")
    public IssuedKey rotateKey(Actor actor, @PathVariable long id) {
        return stations.rotateKey(actor, id);
    }

    /** What the station plays on a day, as the station itself would receive it. */
    @RequiresRole
    @Operation(summary = "广播站某日的播放单")
    @GetMapping("/stations/{id}/playlist")
    public Playlist playlist(
            Actor actor,
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Station station = stations.requireInScope(actor, id);
        return playlists.build(
                new StationIdentity(
                        station.getId(),
                        station.getCode(),
                        station.getName(),
                        station.getOrgUnitId(),
                        station.getTimeZone(),
                        Boolean.TRUE.equals(station.getEnabled())),
                date,
                "");
    }

    @RequiresRole
    @Operation(summary = "广播站在线情况")
    @GetMapping("/station-health")
    public List<StationHealth> health(Actor actor) {
        return reports.health(actor);
    }

    /** Audio to pick for schedules and urgent inserts: anything stations may play, not only the unit's own. */
    @RequiresRole
    @Operation(summary = "可安排播出的音频")
    @GetMapping("/station-audio")
    public List<PublicContentCard> playableAudio(
            @RequestParam(required = false) String keyword, @RequestParam(defaultValue = "30") int size) {
        return published.playableAudio(keyword, PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }

    @RequiresRole
    @Operation(summary = "播出计划列表")
    @GetMapping("/station-schedules")
    public List<ScheduleViews.Schedule> schedules(Actor actor) {
        return schedules.list(actor);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "新建播出计划")
    @PostMapping("/station-schedules")
    @ResponseStatus(HttpStatus.CREATED)
    public ScheduleViews.Schedule createSchedule(Actor actor, @Valid @RequestBody ScheduleRequests.Schedule request) {
        return schedules.create(actor, request);
    }

    @RequiresRole
    @Operation(summary = "播出计划详情")
    @GetMapping("/station-schedules/{id}")
    public ScheduleViews.Schedule schedule(Actor actor, @PathVariable long id) {
        return schedules.get(actor, id);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "修改播出计划")
    @PutMapping("/station-schedules/{id}")
    public ScheduleViews.Schedule updateSchedule(
            Actor actor, @PathVariable long id, @Valid @RequestBody ScheduleRequests.Schedule request) {
        return schedules.update(actor, id, request);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "删除播出计划")
    @DeleteMapping("/station-schedules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteSchedule(Actor actor, @PathVariable long id) {
        schedules.delete(actor, id);
    }

    @RequiresRole
    @Operation(summary = "紧急插播列表")
    @GetMapping("/station-urgent")
    public List<ScheduleViews.Urgent> urgentInserts(Actor actor) {
        return schedules.listUrgent(actor);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "新建紧急插播")
    @PostMapping("/station-urgent")
    @ResponseStatus(HttpStatus.CREATED)
    public ScheduleViews.Urgent createUrgent(Actor actor, @Valid @RequestBody ScheduleRequests.Urgent request) {
        return schedules.createUrgent(actor, request);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "结束紧急插播")
    @PostMapping("/station-urgent/{id}/end")
    public ScheduleViews.Urgent endUrgent(Actor actor, @PathVariable long id) {
        return schedules.endUrgent(actor, id);
    }

    @RequiresRole
    @Operation(summary = "播出台账")
    @GetMapping("/station-ledger")
    public PageResult<LedgerEntry> ledger(
            Actor actor,
            @Valid StationReportService.LedgerQuery query,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        return reports.ledger(
                actor, query, PageLimits.checkPage(page), PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }

    @RequiresRole
    @Operation(
            summary = "导出播出台账（CSV）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
            })
    @GetMapping("/station-ledger/export.csv")
    public void exportCsv(Actor actor, @Valid StationReportService.LedgerQuery query, HttpServletResponse response)
            throws IOException {
        CsvFile.attachment(response, CsvFile.MEDIA_TYPE, "播放台账-" + query.from() + "-" + query.to() + ".csv");
        LedgerExport.csv(sink -> reports.export(actor, query, sink), response.getOutputStream());
    }

    @RequiresRole
    @Operation(
            summary = "导出播出台账（Excel）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {
                            @Content(
                                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary"))
                        })
            })
    @GetMapping("/station-ledger/export.xlsx")
    public void exportXlsx(Actor actor, @Valid StationReportService.LedgerQuery query, HttpServletResponse response)
            throws IOException {
        CsvFile.attachment(
                response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "播放台账-" + query.from() + "-" + query.to() + ".xlsx");
        LedgerExport.xlsx(sink -> reports.export(actor, query, sink), response.getOutputStream());
    }
}
