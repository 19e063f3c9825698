package org.wenming.common.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives reads that are not cached as {@link EncodedBody} the same answer: the body buffered, a strong ETag
 * per encoding, gzip when asked for and worth it, 304 on a matching If-None-Match. Only successful GETs
 * without an ETag of their own are touched; everything else passes through as written.
 */
public class EncodedBodyFilter extends OncePerRequestFilter {

    private final Predicate<HttpServletRequest> skip;

    /** {@code skip} names the requests that answer with an {@link EncodedBody} themselves. */
    public EncodedBodyFilter(Predicate<HttpServletRequest> skip) {
        this.skip = skip;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)) || skip.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() != HttpServletResponse.SC_OK
                || buffered.getHeader(HttpHeaders.ETAG) != null
                || buffered.getHeader(HttpHeaders.CONTENT_ENCODING) != null) {
            buffered.copyBodyToResponse();
            return;
        }
        byte[] plain = buffered.getContentAsByteArray();
        EncodedBody body =
                compressible(buffered.getContentType()) ? EncodedBody.of(plain) : EncodedBody.uncompressed(plain);
        EncodedBody.Variant variant = body.select(request);
        response.setHeader(HttpHeaders.ETAG, variant.etag());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (variant.notModified()) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (variant.gzip()) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, EncodedBody.GZIP);
        }
        response.setContentLength(variant.body().length);
        response.getOutputStream().write(variant.body());
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json") || type.startsWith("text/");
    }
}
