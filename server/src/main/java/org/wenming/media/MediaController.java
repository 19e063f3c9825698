package org.wenming.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;

/**
 * Uploads for the admin console: {@code POST /api/admin/v1/media/audio} or {@code .../image}, multipart
 * with the file in part {@code file}. Multipart parsing is lazy, so a body declared larger than the use
 * allows is answered 413 before it is read.
 */
@RequiresRole
@RestController
@RequestMapping("/api/admin/v1/media")
class MediaController {

    /** Room for the multipart boundaries and part headers around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final MediaService media;
    private final MediaProperties properties;

    public MediaController(MediaService media, MediaProperties properties) {
        this.media = media;
        this.properties = properties;
    }

    @Operation(
            summary = "上传媒体文件（multipart 字段 file）",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(type = "object", requiredProperties = "file"),
                                            schemaProperties =
                                                    @SchemaProperty(
                                                            name = "file",
                                                            schema =
                                                                    @Schema(
                                                                            type = "string",
                                                                            format = "binary",
                                                                            description =
                                                                                    "音频：MP3、M4A、WAV；图片：PNG、JPEG、WebP")))))
    @PostMapping(path = "/{use}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public MediaView upload(
            Actor actor,
            @Parameter(schema = @Schema(allowableValues = {"audio", "image"})) @PathVariable String use,
            MultipartHttpServletRequest request)
            throws IOException {
        MediaUse mediaUse = parseUse(use);
        long limit = properties.maxSize(mediaUse);
        if (request.getContentLengthLong() > limit + MULTIPART_OVERHEAD) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "文件超过允许的大小（最大 " + limit / (1024 * 1024) + " MB）");
        }
        MultipartFile file = request.getFile("file");
        if (file == null) {
            throw new ApiException(ErrorCode.MISSING_PARAMETER, "缺少上传的文件（表单字段 file）");
        }
        try (InputStream in = file.getInputStream()) {
            return media.upload(actor, mediaUse, file.getOriginalFilename(), in);
        }
    }

    /** The limits the console checks before it sends a file; uploads are checked against the same ones. */
    @Operation(summary = "上传大小限制")
    @GetMapping("/limits")
    public MediaLimits limits() {
        return new MediaLimits(properties.maxSize(MediaUse.AUDIO), properties.maxSize(MediaUse.IMAGE));
    }

    public record MediaLimits(long audioMaxBytes, long imageMaxBytes) {}

    @Operation(summary = "媒体文件信息")
    @GetMapping("/{key}/info")
    public MediaView get(Actor actor, @PathVariable String key) {
        return media.view(key, actor);
    }

    private static MediaUse parseUse(String use) {
        try {
            return MediaUse.valueOf(use.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.NOT_FOUND, "上传类型只能是 audio 或 image");
        }
    }
}
