package org.wenming.media;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.wenming.common.http.FastLane;
import org.wenming.common.http.FastRead;
import org.wenming.common.http.FileRange;

/**
 * Anonymous GETs of media from the local folder in the {@link FastLane}: what phones play and stations
 * download, in ranges, all day. MVC finds {@code /media/{key}} only after trying every mapping with a path
 * variable, which cost more than sending 64 KiB. Only the plain spelling is taken (no cookie or
 * authorization, so no editor; no query parameters), answered by the controller's own methods; an answer it
 * would not send from a local file (a redirect to the storage, a range it refuses) and every error are left
 * to the chain.
 */
@Component
class MediaFastPath implements FastRead {

    private static final String PREFIX = "/media/";

    private final MediaServingController serving;

    MediaFastPath(MediaServingController serving) {
        this.serving = serving;
    }

    @Override
    public Answer read(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith(PREFIX) || !isPlainAnonymousGet(request)) {
            return null;
        }
        String[] parts = path.substring(PREFIX.length()).split("/", -1);
        Answer answer = answer(parts, request);
        return answer != null && isFromLocalFile(answer.response()) ? answer : null;
    }

    private static boolean isPlainAnonymousGet(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod())
                && request.getQueryString() == null
                && request.getParameterMap().isEmpty()
                && request.getContextPath().isEmpty()
                && request.getHeader(HttpHeaders.COOKIE) == null
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private Answer answer(String[] parts, HttpServletRequest request) {
        if (parts.length == 1) {
            return new Answer("/media/{key}", serving.originalAnswer(null, parts[0], request));
        }
        if (parts.length == 3 && parts[1].equals("thumb") && isDigits(parts[2])) {
            return new Answer(
                    "/media/{key}/thumb/{width}",
                    serving.thumbnailAnswer(null, parts[0], Integer.parseInt(parts[2]), request));
        }
        if (parts.length == 3 && parts[1].equals("renditions")) {
            return new Answer(
                    "/media/{key}/renditions/{file}", serving.renditionAnswer(null, parts[0], parts[2], request));
        }
        return null;
    }

    private static boolean isFromLocalFile(ResponseEntity<?> answer) {
        return answer.getStatusCode() == HttpStatus.NOT_MODIFIED || answer.getBody() instanceof FileRange;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
