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
import java.util.Map;
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
    private final StationProperties settings;
    private final Clock clock;
    private final PublicBaseUrl publicBaseUrl;

    public StationApiController(
            StationAuthenticator authenticator,
            PlaylistService playlists,
            ReceiptService receipts,
            StationProperties settings,
            Clock clock,
            PublicBaseUrl publicBaseUrl) {
        this.authenticator = authenticator;
        this.playlists = playlists;
        this.receipts = receipts;
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

    @Operation(summary = "上报播出回执")
    @PostMapping("/receipts")
    public ReceiptService.ReceiptResult receipts(
            @Valid @RequestBody ReceiptRequests.Batch batch, HttpServletRequest request) {
        return receipts.record(authenticator.authenticateAndMarkSeen(request), batch.receipts());
    }

    @Operation(summary = "上报心跳")
    @PostMapping("/heartbeat")
    public Map<String, Object> heartbeat(
            @Valid @RequestBody(required = false) ReceiptRequests.Heartbeat heartbeat, HttpServletRequest request) {
        authenticator.authenticateAndMarkSeen(request);
        return Map.of(
                "serverTime",
                OffsetDateTime.now(clock),
                "pollIntervalSeconds",
                settings.pollInterval().toSeconds());
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
