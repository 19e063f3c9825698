package org.wenming.common.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds problem+json bodies; shared by the MVC advice and the security filter chain. */
public final class Problems {

    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private Problems() {}

    public static ProblemDetail of(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(
                URI.create("urn:wenming:problem:" + code.name().toLowerCase().replace('_', '-')));
        problem.setTitle(code.message());
        problem.setProperty("code", code.name());
        return problem;
    }

    /**
     * The database did not answer (unreachable, or a statement timed out): 503 with Retry-After, so that clients
     * and proxies retry instead of reporting an error; the pool reconnects by itself.
     */
    public static ResponseEntity<ProblemDetail> databaseUnavailable() {
        ErrorCode code = ErrorCode.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DATABASE_RETRY_AFTER_SECONDS))
                .body(of(code, code.message()));
    }

    static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static HttpHeaders headers(HttpHeaders original) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(original);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    /**
     * The problem for an error known only by its HTTP status (the container's, or one raised outside MVC); the
     * status is kept even where the closest code usually has another.
     */
    public static ProblemDetail ofStatus(int status) {
        ErrorCode code = codeForStatus(status);
        ProblemDetail problem = of(code, code.message());
        problem.setStatus(status);
        return problem;
    }

    private static ErrorCode codeForStatus(int status) {
        return switch (status) {
            case 400, 414, 431 -> ErrorCode.REQUEST_REJECTED;
            case 401 -> ErrorCode.AUTH_REQUIRED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    /** Writes a problem, with the error headers, to a response nothing else has written to yet. */
    public static void write(HttpServletResponse response, ObjectMapper mapper, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        ErrorHeaders.apply(response);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), problem);
    }

    /** Writes a problem directly to the servlet response, for filters that run before MVC. */
    public static void write(HttpServletResponse response, ObjectMapper mapper, ErrorCode code) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), of(code, code.message()));
    }
}
