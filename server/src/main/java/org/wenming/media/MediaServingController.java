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
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.http.AnswerWriter;
import org.wenming.common.http.FileRange;
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
        write(originalAnswer(currentActor(), key, request), request, response);
    }

    /** The answer to a GET or HEAD of an original, for a signed-in {@code actor} or an anonymous reader (null). */
    ResponseEntity<Object> originalAnswer(Actor actor, String key, HttpServletRequest request) {
        MediaService.Readable readable = readable(actor, key);
        MediaObject object = readable.object();
        return answer(
                key,
                object.getSizeBytes(),
                object.getContentType(),
                "\"" + object.getSha256() + "\"",
                readable.isPublic(),
                request);
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
        write(thumbnailAnswer(currentActor(), key, width, request), request, response);
    }

    ResponseEntity<Object> thumbnailAnswer(Actor actor, String key, int width, HttpServletRequest request) {
        MediaService.Readable readable = readable(actor, key);
        MediaObject object = readable.object();
        if (!object.thumbnails().contains(width)) {
            throw new ApiException(ErrorCode.MEDIA_NOT_FOUND, "没有该尺寸的缩略图");
        }
        String name = MediaKeys.thumbnailName(key, width);
        long size = stat(name).size();
        return answer(
                name,
                size,
                "image/jpeg",
                "\"" + object.getSha256() + "-t" + width + "\"",
                readable.isPublic(),
                request);
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
        write(renditionAnswer(currentActor(), key, file, request), request, response);
    }

    ResponseEntity<Object> renditionAnswer(Actor actor, String key, String file, HttpServletRequest request) {
        MediaService.Readable readable = readable(actor, key);
        RenditionKind renditionKind = RenditionKind.ofFileName(file)
                .orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND, "转码版本只有 station.mp3 和 light.m4a"));
        Rendition ready = (renditionKind == RenditionKind.STATION
                        ? renditions.stationRendition(key)
                        : renditions.lightRendition(key))
                .orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND, "该音频的转码版本尚未就绪"));
        return answer(
                renditionKind.objectName(key),
                ready.sizeBytes(),
                ready.contentType(),
                "\"" + ready.sha256() + "\"",
                readable.isPublic(),
                request);
    }

    private MediaService.Readable readable(Actor actor, String key) {
        return media.readable(actor, key).orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND));
    }

    /**
     * The answer to a GET or HEAD of stored bytes, not yet written: 302 to the storage's own address where it
     * has one, 304, 200 or 206 with a {@link FileRange} of a local file or a {@link StoredRange} as its body
     * (none for HEAD), or 416 with the refusal to report as a problem and the Content-Range it carries.
     */
    private ResponseEntity<Object> answer(
            String name, long size, String contentType, String etag, boolean isPublic, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ETAG, etag);
        headers.set(
                HttpHeaders.CACHE_CONTROL,
                (isPublic ? "public" : "private") + ", max-age=" + YEAR_SECONDS + ", immutable");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", MediaLinks.SANDBOX_POLICY);
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        Optional<URI> direct = storage.directUrl(name);
        if (direct.isPresent()) {
            headers.set(HttpHeaders.CACHE_CONTROL, "private, max-age=60");
            headers.setLocation(direct.get());
            return new ResponseEntity<>(headers, HttpStatus.FOUND);
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        HttpStatus status = HttpStatus.OK;
        long start = 0;
        long end = size - 1;
        String range = request.getHeader(HttpHeaders.RANGE);
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        Matcher m = range == null ? null : SINGLE_RANGE.matcher(range.strip());
        if (m != null && m.matches() && (ifRange == null || ifRange.equals(etag))) {
            long[] span = span(m.group(1), m.group(2), size);
            if (span == null) {
                headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                ApiException refusal =
                        new ApiException(ErrorCode.RANGE_NOT_SATISFIABLE, "请求的范围超出文件大小（文件共 " + size + " 字节）");
                return new ResponseEntity<>(refusal, headers, HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
            }
            if (span.length == 2) {
                status = HttpStatus.PARTIAL_CONTENT;
                start = span[0];
                end = span[1];
                headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
            }
        }
        long length = end - start + 1;
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        headers.setContentLength(length);
        return new ResponseEntity<>(body(name, start, length, request), headers, status);
    }

    private Object body(String name, long start, long length, HttpServletRequest request) {
        if ("HEAD".equals(request.getMethod())) {
            return null;
        }
        Optional<Path> file = storage instanceof LocalFolderStorage local ? local.file(name) : Optional.empty();
        return file.isPresent() ? new FileRange(file.get(), start, length) : new StoredRange(name, start, length);
    }

    /** Bytes to stream from the storage, for storages that are not a local folder. */
    private record StoredRange(String name, long start, long length) {}

    private void write(ResponseEntity<Object> answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (answer.getBody() instanceof ApiException refusal) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, answer.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE));
            throw refusal;
        }
        ResponseEntity<?> opened = answer.getBody() instanceof StoredRange range
                ? new ResponseEntity<>(
                        open(range.name(), range.start(), range.length()), answer.getHeaders(), answer.getStatusCode())
                : answer;
        AnswerWriter.write(opened, request, response);
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
