package org.wenming.station;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.config.PublicBaseUrl;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.http.EncodedBody;

/**
 * Schedule v2 for boxes that keep their week offline: the window of up to seven days with slot times,
 * priorities and files to cache, an M3U per slot, and a long-poll that answers within seconds of a change.
 * v1 ({@code /playlist}) is unchanged beside it.
 */
@RestController
@RequestMapping("/api/station/v1")
class StationScheduleController {

    private final StationAuthenticator authenticator;
    private final ScheduleWindowService schedules;
    private final StationChanges changes;
    private final StationProperties settings;
    private final Clock clock;
    private final PublicBaseUrl publicBaseUrl;

    public StationScheduleController(
            StationAuthenticator authenticator,
            ScheduleWindowService schedules,
            StationChanges changes,
            StationProperties settings,
            Clock clock,
            PublicBaseUrl publicBaseUrl) {
        this.authenticator = authenticator;
        this.schedules = schedules;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Operation(
            summary = "拉取播出计划 v2（最多 7 天，含时段、优先级、音量与文件校验值）",
            description = "from 缺省为本站当天，to 缺省为 from 起第 7 天；from 到 to 最多 7 天。" + "响应带强 ETag，If-None-Match 命中时返回 304。",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ScheduleWindow.class))),
                @ApiResponse(responseCode = "304", description = "播出计划未变（If-None-Match）")
            })
    @GetMapping("/schedule")
    public ResponseEntity<byte[]> schedule(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request) {
        StationIdentity station = authenticator.authenticate(request);
        LocalDate today = clock.instant().atZone(station.zone()).toLocalDate();
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? start.plusDays(ScheduleWindowService.MAX_DAYS - 1) : to;
        if (end.isBefore(start)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(start, end) >= ScheduleWindowService.MAX_DAYS) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "一次最多查询 " + ScheduleWindowService.MAX_DAYS + " 天的播出计划");
        }
        if (start.isBefore(today.minusDays(ScheduleWindowService.MAX_DAYS))
                || end.isAfter(today.plusDays(2L * ScheduleWindowService.MAX_DAYS))) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "只能查询前 7 天到后 14 天内的播出计划");
        }
        RenderedSchedule rendered = schedules.rendered(station, start, end, publicBaseUrl.get());
        return answer(request, rendered.json(), MediaType.APPLICATION_JSON);
    }

    @Operation(
            summary = "拉取单个时段的 M3U 播放单",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = @Content(mediaType = "audio/x-mpegurl", schema = @Schema(type = "string"))),
                @ApiResponse(responseCode = "304", description = "播放单未变（If-None-Match）")
            })
    @GetMapping("/schedule/slot.m3u")
    public ResponseEntity<byte[]> slotM3u(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
            HttpServletRequest request) {
        StationIdentity station = authenticator.authenticate(request);
        OffsetDateTime local = start.atZoneSameInstant(station.zone()).toOffsetDateTime();
        LocalDate day = local.toLocalDate();
        EncodedBody m3u = schedules
                .rendered(station, day, day, publicBaseUrl.get())
                .slotM3u()
                .get(local.toString());
        if (m3u == null) {
            throw new ApiException(ErrorCode.SCHEDULE_NOT_FOUND, "该时间没有本站的播出时段");
        }
        return answer(request, m3u, StationApiController.M3U);
    }

    @Operation(
            summary = "等待播出计划变化（长轮询，最长保持 60 秒）",
            description = "since 为上次播出计划（本站当天起 7 天）的 version。计划有变（紧急插播、下架、计划修改）时"
                    + "立即返回 changed=true 与新 version；否则保持到超时后返回 changed=false。")
    @ApiResponse(
            responseCode = "200",
            description = "成功",
            content = @Content(schema = @Schema(implementation = StationChanges.ChangeAnswer.class)))
    @GetMapping("/changes")
    public void changes(
            @RequestParam(required = false, defaultValue = "")
                    @Size(max = 64)
                    @Pattern(regexp = "[0-9a-f]*", message = "version 应为播出计划返回的十六进制字符串")
                    String since,
            HttpServletRequest request,
            HttpServletResponse response) {
        StationIdentity station = authenticator.authenticate(request);
        changes.hold(station, since, publicBaseUrl.get(), request.startAsync(request, response));
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, EncodedBody body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noCache());
        headers.set("X-Poll-Interval", String.valueOf(settings.pollInterval().toSeconds()));
        return body.answer(request, headers, type);
    }
}
