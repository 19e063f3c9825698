package org.wenming.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;

/**
 * A public read exactly as it is sent: its JSON and the strong ETag of those bytes, kept in the public-read
 * cache so that a read costs neither serialisation nor hashing, and a revalidation is answered without
 * either. Serialisable, because the production cache is Redis.
 */
record CachedJson(byte[] body, String etag) implements Serializable {

    /**
     * Serialises with the application's mapper, the one the JSON message converter uses, so the bytes are
     * those an object response would have had. The ETag is the one ShallowEtagHeaderFilter computes
     * ("0" and the MD5 of the body, quoted), so ETags residents' phones already hold stay valid.
     */
    static CachedJson of(ObjectMapper mapper, Object value) {
        try {
            byte[] body = mapper.writeValueAsBytes(value);
            return new CachedJson(body, "\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a public read", e);
        }
    }

    /** 200 with the body, or 304 when the request's If-None-Match holds this ETag (decided by Spring MVC). */
    ResponseEntity<byte[]> response() {
        return ResponseEntity.ok().eTag(etag).body(body);
    }
}
