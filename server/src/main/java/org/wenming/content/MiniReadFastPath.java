package org.wenming.content;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.http.EncodedBody;
import org.wenming.common.http.FastLane;
import org.wenming.common.http.FastRead;
import org.wenming.common.paging.PageLimits;

/**
 * Answers the mini program's cached reads (home, list, detail, festivals) from the public-read cache in the
 * {@link FastLane}: every resident opens them, they are the same bytes for everyone, and once cached the
 * filter chain, handler lookup and argument binding are most of what a hit costs. It sends exactly the
 * answer {@link MiniContentController} would.
 *
 * <p>It serves only what it reads without doubt: GET, JSON acceptable, each known parameter at most once and
 * spelt as the controller binds it, and an entry already in the cache. Anything else (a miss, an error to
 * report, an unusual spelling) goes on to the controller, which builds, caches and answers it; so this path
 * decides nothing and only saves work.
 */
@Component
class MiniReadFastPath implements FastRead {

    private static final String BASE = MiniContentController.BASE;
    private static final String DETAIL_PREFIX = BASE + "/contents/";
    private static final int MAX_DIGITS = 18;

    /** The detail's mapping pattern, for the {@code uri} tag of the request metrics; the others are their paths. */
    private static final String DETAIL_PATTERN = BASE + "/contents/{id}";

    private final PublicReadCache cache;
    private final PublishedContent published;
    private final Clock clock;
    private final int maxPageSize;

    MiniReadFastPath(PublicReadCache cache, PublishedContent published, Clock clock, WenmingProperties properties) {
        this.cache = cache;
        this.published = published;
        this.clock = clock;
        this.maxPageSize = properties.mini().maxPageSize();
    }

    @Override
    public Answer read(HttpServletRequest request) {
        EncodedBody body = cached(request);
        if (body == null) {
            return null;
        }
        String path = request.getRequestURI();
        String pattern = path.startsWith(DETAIL_PREFIX) ? DETAIL_PATTERN : path;
        return new Answer(pattern, revalidated(MiniContentController.answer(body, request)));
    }

    /** Every mini answer asks phones to revalidate (the mini filters' header), and a fast answer passes no filter. */
    private static ResponseEntity<byte[]> revalidated(ResponseEntity<byte[]> answer) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(answer.getHeaders());
        headers.setCacheControl(CacheControl.noCache());
        return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }

    /** The cached answer, or null to leave the request to the controller. */
    private EncodedBody cached(HttpServletRequest request) {
        String read = readOf(request);
        return read == null ? null : cache.peek(MiniReadKeys.body(published.publicBaseUrl(), read));
    }

    /** The read's cache key, or null when the request is not one this path reads without doubt. */
    private String readOf(HttpServletRequest request) {
        // The lane asks every read in turn; a station poll or a media range should cost this path nothing.
        if (!request.getRequestURI().startsWith(BASE + "/")
                || !HttpMethod.GET.matches(request.getMethod())
                || !acceptsJson(request)
                || !request.getContextPath().isEmpty()) {
            return null;
        }
        try {
            return readOf(request.getRequestURI(), new Params(request));
        } catch (NotCanonical e) {
            return null;
        }
    }

    private String readOf(String path, Params params) {
        LocalDate today = LocalDate.now(clock);
        return switch (path) {
            case BASE + "/home" -> MiniReadKeys.home(today, params.text("language"));
            case BASE + "/contents" -> list(params);
            case BASE + "/festivals" -> {
                Integer year = params.integer("year");
                yield MiniReadKeys.festivals(today, year == null ? today.getYear() : year);
            }
            default ->
                path.startsWith(DETAIL_PREFIX)
                        ? MiniReadKeys.detail(digits(path.substring(DETAIL_PREFIX.length())))
                        : null;
        };
    }

    private String list(Params params) {
        String kind = params.text("kind");
        Integer size = params.integer("size");
        int pageSize = size == null ? Integer.parseInt(MiniReadKeys.DEFAULT_PAGE_SIZE) : size;
        try {
            PageLimits.checkSize(pageSize, maxPageSize);
        } catch (ApiException e) {
            throw NotCanonical.INSTANCE;
        }
        PublicQuery query = new PublicQuery(
                kind == null ? null : kindOf(kind),
                params.text("tag"),
                params.text("column"),
                params.number("orgUnitId"),
                params.text("language"),
                params.text("festival"));
        return MiniReadKeys.list(query, params.text("cursor"), pageSize);
    }

    private static ContentKind kindOf(String name) {
        try {
            return ContentKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw NotCanonical.INSTANCE;
        }
    }

    /** Plain decimal digits only: signs, spaces and hexadecimal are left to the controller's own binding. */
    private static long digits(String value) {
        if (value.isEmpty() || value.length() > MAX_DIGITS) {
            throw NotCanonical.INSTANCE;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw NotCanonical.INSTANCE;
            }
        }
        return Long.parseLong(value);
    }

    /** Phones send "any type" or nothing; any other Accept is left to MVC's content negotiation. */
    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.equals(MediaType.ALL_VALUE) || accept.equals(MediaType.APPLICATION_JSON_VALUE);
    }

    /** The request's query parameters, each at most once. */
    private record Params(HttpServletRequest request) {

        String text(String name) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                return null;
            }
            if (values.length > 1) {
                throw NotCanonical.INSTANCE;
            }
            return values[0];
        }

        Long number(String name) {
            String value = text(name);
            return value == null ? null : digits(value);
        }

        Integer integer(String name) {
            Long value = number(name);
            if (value != null && value > Integer.MAX_VALUE) {
                throw NotCanonical.INSTANCE;
            }
            return value == null ? null : value.intValue();
        }
    }

    /** The request is valid or not, but not spelt so that this path can be sure: the controller decides. */
    private static final class NotCanonical extends RuntimeException {

        static final NotCanonical INSTANCE = new NotCanonical();

        private NotCanonical() {
            super(null, null, false, false);
        }
    }
}
