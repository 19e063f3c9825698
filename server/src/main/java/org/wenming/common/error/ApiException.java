package org.wenming.common.error;

import java.util.Map;

/** A failure the client can act on; rendered as problem+json with the code's status. */
public class ApiException extends RuntimeException {

    /** A property in seconds that the answer also carries as its Retry-After header. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final ErrorCode code;
    private final transient Map<String, Object> properties;

    public ApiException(ErrorCode code) {
        this(code, code.message(), Map.of());
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, Map.of());
    }

    public ApiException(ErrorCode code, String detail, Map<String, Object> properties) {
        super(detail);
        this.code = code;
        this.properties = properties;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
