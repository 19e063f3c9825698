package org.wenming.station;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.config.PublicBaseUrl;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.http.EncodedBody;

/**
 * The open pull interface of broadcast stations: any player that can fetch a URL can follow its playlist.
 * Responses carry a strong ETag (304 on If-None-Match), the poll interval and the next change of the day.
 */
@RestController
@RequestMapping("/api/station/v1")
class StationApiController {

    static final MediaType M3U = new MediaType("audio", "x-mpegurl", StandardCharsets.UTF_8);
    private static final int MAX_DAYS_AHEAD = 7;

    private final StationAuthenticator authenticator;
    private final PlaylistService playlists;
    private final ReceiptService receipts;
    private final HeartbeatService heartbeats;
    private final StationProperties settings;
    private final Clock clock;
    private final PublicBaseUrl publicBaseUrl;

    public StationApiController(
            StationAuthenticator authenticator,
            PlaylistService playlists,
            ReceiptService receipts,
            HeartbeatService heartbeats,
            StationProperties settings,
            Clock clock,
            PublicBaseUrl publicBaseUrl) {
        this.authenticator = authenticator;
        this.playlists = playlists;
        this.receipts = receipts;
        this.heartbeats = heartbeats;
        this.settings = settings;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Operation(
            summary = "拉取播放单（JSON）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {
                            @Content(mediaType = "application/json", schema = @Schema(implementation = Playlist.class))
                        }),
                @ApiResponse(responseCode = "304", description = "播放单未变（If-None-Match）")
            })
    @GetMapping("/playlist")
    public ResponseEntity<byte[]> json(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletRequest request) {
        RenderedPlaylist playlist = playlist(date, request);
        return answer(request, playlist, playlist.json(), MediaType.APPLICATION_JSON);
    }

    @Operation(
            summary = "拉取播放单（M3U）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "audio/x-mpegurl", schema = @Schema(type = "string"))}),
                @ApiResponse(responseCode = "304", description = "播放单未变（If-None-Match）")
            })
    @GetMapping("/playlist.m3u")
    public ResponseEntity<byte[]> m3u(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletRequest request) {
        RenderedPlaylist playlist = playlist(date, request);
        return answer(request, playlist, playlist.m3u(), M3U);
    }

    @Operation(
            summary = "上报播出回执（每批最多 500 条，逐条校验）",
            description = "每条回执单独校验：内容不存在、当天不在本站计划中、开始时间晚于服务器时间超过允许误差、"
                    + "早于建站时间或超出补传期限的回执逐条拒收并给出原因，其余照收；已收过的回执计为重复。"
                    + "接收的回执在一个事务中写入。")
    @PostMapping("/receipts")
    public ReceiptService.ReceiptResult receipts(
            @Valid @RequestBody ReceiptRequests.Batch batch, HttpServletRequest request) {
        return receipts.record(authenticator.authenticateAndMarkSeen(request), batch.receipts());
    }

    @Operation(summary = "上报心跳（版本、音量、存储、缓存、正在播放、最近错误）")
    @PostMapping("/heartbeat")
    public HeartbeatService.HeartbeatAnswer heartbeat(
            @Valid @RequestBody(required = false) ReceiptRequests.Heartbeat heartbeat, HttpServletRequest request) {
        return heartbeats.record(authenticator.authenticateAndMarkSeen(request), heartbeat, publicBaseUrl.get());
    }

    private RenderedPlaylist playlist(LocalDate requested, HttpServletRequest request) {
        StationIdentity station = authenticator.authenticate(request);
        LocalDate today = clock.instant().atZone(station.zone()).toLocalDate();
        LocalDate date = requested == null ? today : requested;
        if (date.isBefore(today.minusDays(MAX_DAYS_AHEAD)) || date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "只能查询前后 " + MAX_DAYS_AHEAD + " 天内的播放列表");
        }
        return playlists.rendered(station, date, publicBaseUrl.get());
    }

    private ResponseEntity<byte[]> answer(
            HttpServletRequest request, RenderedPlaylist playlist, EncodedBody body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noCache());
        headers.set("X-Poll-Interval", String.valueOf(settings.pollInterval().toSeconds()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        playlist.changesAt().stream()
                .filter(now::isBefore)
                .findFirst()
                .ifPresent(next -> headers.set("X-Next-Change-At", next.toString()));
        return body.answer(request, headers, type);
    }
}
