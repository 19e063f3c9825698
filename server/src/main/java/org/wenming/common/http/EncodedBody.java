package org.wenming.common.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;

/**
 * A body exactly as it goes out, in both encodings a client may ask for: the plain bytes and their gzip,
 * each with its own strong ETag (the container compresses nothing that carries a strong ETag, and two byte
 * sequences must not share one). Built once per change and kept in caches, so serving it costs neither
 * compression nor hashing. Serialisable, because the production cache is Redis.
 *
 * <p>A body too small to gain from compression keeps no gzip variant and is sent plain to everyone.
 */
public record EncodedBody(byte[] plain, String etag, byte[] gzip, String gzipEtag) implements Serializable {

    /** Below this a gzip member's header and trailer eat what compression saves (nginx's default is 20). */
    static final int MIN_COMPRESSED_SIZE = 256;

    static final String GZIP = "gzip";

    public static EncodedBody of(byte[] plain) {
        String hash = hash(plain);
        if (plain.length < MIN_COMPRESSED_SIZE) {
            return new EncodedBody(plain, quoted(hash), null, null);
        }
        byte[] gzip = gzip(plain);
        if (gzip.length >= plain.length) {
            return new EncodedBody(plain, quoted(hash), null, null);
        }
        return new EncodedBody(plain, quoted(hash), gzip, quoted(hash + "-" + GZIP));
    }

    /** A body that is never worth compressing (images, audio): only its ETag is kept. */
    public static EncodedBody uncompressed(byte[] plain) {
        return new EncodedBody(plain, quoted(hash(plain)), null, null);
    }

    /**
     * 200 with the variant the request accepts, or 304 when its If-None-Match names that variant's ETag.
     * {@code headers} are the caller's own (cache control, poll hints); both answers vary by encoding.
     */
    public ResponseEntity<byte[]> answer(HttpServletRequest request, HttpHeaders headers, MediaType type) {
        Variant variant = select(request);
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        answer.setETag(variant.etag());
        answer.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (variant.notModified()) {
            return new ResponseEntity<>(answer, HttpStatus.NOT_MODIFIED);
        }
        answer.setContentType(type);
        if (variant.gzip()) {
            answer.set(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        answer.setContentLength(variant.body().length);
        return new ResponseEntity<>(variant.body(), answer, HttpStatus.OK);
    }

    /** Which bytes this request gets, under which ETag, and whether its copy is still current. */
    Variant select(HttpServletRequest request) {
        boolean compressed = gzip != null && AcceptEncoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String chosen = compressed ? gzipEtag : etag;
        boolean notModified = IfNoneMatch.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), chosen);
        return new Variant(compressed ? gzip : plain, chosen, compressed, notModified);
    }

    record Variant(byte[] body, String etag, boolean gzip, boolean notModified) {}

    private static String hash(byte[] body) {
        return "0" + DigestUtils.md5DigestAsHex(body);
    }

    private static String quoted(String tag) {
        return "\"" + tag + "\"";
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Only for logs and test failures: the bytes themselves say nothing readable. */
    @Override
    public String toString() {
        return "EncodedBody[" + plain.length + " bytes, gzip " + (gzip == null ? "none" : gzip.length) + ", etag "
                + etag + "]";
    }
}
