package org.wenming.miniapp.image;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.media.MediaLinks;

/**
 * Serves residents' images by their unguessable key: to the gallery, to avatars and to WeChat's media check;
 * with the same sandbox policy as editors' media, so a browser never runs anything opened from here.
 */
@RestController
public class ResidentImageController {

    public static final String PATH = "/api/mini/v1/images/";

    private final ResidentImageStore store;

    public ResidentImageController(ResidentImageStore store) {
        this.store = store;
    }

    public static String url(String key) {
        return key == null ? null : PATH + key;
    }

    @Operation(
            summary = "居民上传的图片",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {
                            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))
                        })
            })
    @GetMapping(PATH + "{key}")
    public ResponseEntity<byte[]> image(@PathVariable String key) {
        ResidentImage image = store.load(key).orElseThrow(() -> new ApiException(ErrorCode.IMAGE_NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.type().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", MediaLinks.SANDBOX_POLICY)
                .body(image.bytes());
    }
}
