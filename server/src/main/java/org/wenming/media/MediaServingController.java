package org.wenming.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

/**
 * Serves media to residents, stations and editors: {@code GET /media/{key}} and
 * {@code GET /media/{key}/thumb/{width}} and an audio's renditions at {@code GET /media/{key}/renditions/{file}},
 * with single byte ranges (players seek and resume), a strong ETag,
 * {@code immutable} caching (the key is the content's hash) and headers that stop browsers from treating
 * the bytes as anything but the stored type. Media no visible content references answers 404 to anyone
 * who may not use it, exactly like a key that does not exist.
 */
@RestController
class MediaServingController {

    private static final Logger log = LoggerFactory.getLogger(MediaServingController.class);
    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    private static final long YEAR_SECONDS = 365L * 24 * 3600;

    private final MediaService media;
    private final MediaStorage storage;
    private final AudioRenditions renditions;

    public MediaServingController(MediaService media, MediaStorage storage, AudioRenditions renditions) {
        this.media = media;
        this.storage = storage;
        this.renditions = renditions;
    }

    @Operation(
            summary = "媒体文件原件（支持 Range）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {
                            @Content(mediaType = "audio/*", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(
                        responseCode = "206",
                        description = "Range 请求的部分内容",
                        content = {
                            @Content(mediaType = "audio/*", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(responseCode = "304", description = "未修改（If-None-Match / If-Modified-Since）")
            })
    @GetMapping("/media/{key}")
    public void original(@PathVariable String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        MediaService.Readable readable = readable(key);
        MediaObject object = readable.object();
        serve(
                key,
                object.getSizeBytes(),
                object.getContentType(),
                "\"" + object.getSha256() + "\"",
                readable.isPublic(),
                request,
                response);
    }

    @Operation(
            summary = "图片缩略图",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(responseCode = "304", description = "未修改（If-None-Match / If-Modified-Since）")
            })
    @GetMapping("/media/{key}/thumb/{width}")
    public void thumbnail(
            @PathVariable String key, @PathVariable int width, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        MediaService.Readable readable = readable(key);
        MediaObject object = readable.object();
        if (!object.thumbnails().contains(width)) {
            throw new ApiException(ErrorCode.MEDIA_NOT_FOUND, "没有该尺寸的缩略图");
        }
        String name = MediaKeys.thumbnailName(key, width);
        long size = stat(name).size();
        serve(
                name,
                size,
                "image/jpeg",
                "\"" + object.getSha256() + "-t" + width + "\"",
                readable.isPublic(),
                request,
                response);
    }

    @Operation(
            summary = "音频的广播版（station.mp3：统一格式、响度均衡）或轻量版（light.m4a：移动网络用）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "audio/*", schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(
                        responseCode = "206",
                        description = "Range 请求的部分内容",
                        content = {@Content(mediaType = "audio/*", schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(responseCode = "304", description = "未修改（If-None-Match / If-Modified-Since）")
            })
    @GetMapping("/media/{key}/renditions/{file}")
    public void rendition(
            @PathVariable String key,
            @Parameter(schema = @Schema(allowableValues = {"station.mp3", "light.m4a"})) @PathVariable String file,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        MediaService.Readable readable = readable(key);
        RenditionKind renditionKind = RenditionKind.ofFileName(file)
                .orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND, "转码版本只有 station.mp3 和 light.m4a"));
        Rendition ready = (renditionKind == RenditionKind.STATION
                        ? renditions.stationRendition(key)
                        : renditions.lightRendition(key))
                .orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND, "该音频的转码版本尚未就绪"));
        serve(
                renditionKind.objectName(key),
                ready.sizeBytes(),
                ready.contentType(),
                "\"" + ready.sha256() + "\"",
                readable.isPublic(),
                request,
                response);
    }

    private MediaService.Readable readable(String key) {
        return media.readable(currentActor(), key).orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND));
    }

    private void serve(
            String name,
            long size,
            String contentType,
            String etag,
            boolean isPublic,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                (isPublic ? "public" : "private") + ", max-age=" + YEAR_SECONDS + ", immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", MediaLinks.SANDBOX_POLICY);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        Optional<URI> direct = storage.directUrl(name);
        if (direct.isPresent()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=60");
            response.sendRedirect(direct.get().toString());
            return;
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        long start = 0;
        long end = size - 1;
        String range = request.getHeader(HttpHeaders.RANGE);
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        Matcher m = range == null ? null : SINGLE_RANGE.matcher(range.strip());
        if (m != null && m.matches() && (ifRange == null || ifRange.equals(etag))) {
            long[] span = span(m.group(1), m.group(2), size);
            if (span == null) {
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                throw new ApiException(ErrorCode.RANGE_NOT_SATISFIABLE, "请求的范围超出文件大小（文件共 " + size + " 字节）");
            }
            if (span.length == 2) {
                start = span[0];
                end = span[1];
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
            }
        }
        long length = end - start + 1;
        if ("HEAD".equals(request.getMethod()) || sendfile(name, start, length, request)) {
            response.setContentType(contentType);
            response.setContentLengthLong(length);
            return;
        }
        try (InputStream in = open(name, start, length)) {
            response.setContentType(contentType);
            response.setContentLengthLong(length);
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** Opens the stored bytes before any body header is set, so a failure still answers a clean problem. */
    private InputStream open(String name, long start, long length) {
        try {
            return storage.get(name, start, length);
        } catch (MediaStorage.MissingObjectException e) {
            log.warn("Media {} has a row but no stored object", name);
            throw new ApiException(ErrorCode.MEDIA_NOT_FOUND);
        } catch (MediaStorage.StorageUnavailableException e) {
            throw new ApiException(ErrorCode.MEDIA_STORAGE_UNAVAILABLE);
        }
    }

    /**
     * On the local folder under Tomcat, lets the container send the file with sendfile (zero copy), the
     * way nginx does; the response headers are already complete.
     */
    private boolean sendfile(String name, long start, long length, HttpServletRequest request) {
        if (!(storage instanceof LocalFolderStorage local)
                || !Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            return false;
        }
        Optional<Path> file = local.file(name);
        if (file.isEmpty()) {
            return false;
        }
        request.setAttribute("org.apache.tomcat.sendfile.filename", file.get().toString());
        request.setAttribute("org.apache.tomcat.sendfile.start", start);
        request.setAttribute("org.apache.tomcat.sendfile.end", start + length);
        return true;
    }

    /** {start, end} of a satisfiable range, {} for a syntactically invalid one (ignored), null for 416. */
    private static long[] span(String first, String last, long size) {
        try {
            if (first.isEmpty()) {
                if (last.isEmpty()) {
                    return new long[0];
                }
                long suffix = Long.parseLong(last);
                return suffix == 0 ? null : new long[] {Math.max(0, size - suffix), size - 1};
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
            if (end < start) {
                return new long[0];
            }
            return start >= size ? null : new long[] {start, Math.min(end, size - 1)};
        } catch (NumberFormatException tooLong) {
            return new long[0];
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private MediaStorage.StoredObject stat(String name) {
        try {
            return storage.stat(name).orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND));
        } catch (MediaStorage.StorageUnavailableException e) {
            throw new ApiException(ErrorCode.MEDIA_STORAGE_UNAVAILABLE);
        }
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }
}
