package org.wenming.miniapp.share;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.miniapp.limit.RateLimits;

/** The share poster of a public item, for residents to save and post to Moments. */
@RestController
class SharePosterController {

    private final SharePosterService posters;
    private final RateLimits limits;

    public SharePosterController(SharePosterService posters, RateLimits limits) {
        this.posters = posters;
        this.limits = limits;
    }

    @Operation(
            summary = "内容的分享海报（PNG）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {
                            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
                        })
            })
    @GetMapping("/api/mini/v1/contents/{id}/share-poster")
    public ResponseEntity<byte[]> poster(@PathVariable long id, HttpServletRequest request) {
        limits.checkIp(RateLimits.Kind.ACTION, request.getRemoteAddr());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(posters.poster(id));
    }
}
