package org.wenming.common.error;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into RFC 9457 problem+json with a stable {@code code} and a Chinese {@code detail}.
 * Framework exceptions are mapped to our codes so clients never see Spring's English texts.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException ex) {
        ProblemDetail problem = Problems.of(ex.code(), ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        if (ex.properties().get(ApiException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
            return ResponseEntity.status(problem.getStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()))
                    .body(problem);
        }
        return Problems.response(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList();
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.message());
        problem.setProperty("errors", errors);
        return Problems.response(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex) {
        return Problems.response(Problems.of(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.message()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex) {
        return Problems.response(Problems.of(ErrorCode.VERSION_CONFLICT, ErrorCode.VERSION_CONFLICT.message()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException ex) {
        log.info(
                "Rejected write that violates a constraint: {}",
                ex.getMostSpecificCause().getMessage());
        return Problems.response(Problems.of(ErrorCode.DUPLICATE, "数据与已有记录冲突或引用了不存在的记录"));
    }

    /** An upload sent as anything but multipart/form-data (size limits have their own answer below). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleNotMultipart(MultipartException ex) {
        return Problems.response(Problems.of(ErrorCode.INVALID_PARAMETER, "请以 multipart/form-data 方式上传文件（字段名 file）"));
    }

    /**
     * The database down, restarting, no connection from the pool in time, or a statement timing out (under the
     * redis profile, {@code RedisProblemAdvice} tells Redis's own timeouts from these first).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> handleDatabaseUnavailable(DataAccessException ex) {
        log.warn("Database unavailable: {}", ex.getMessage());
        return Problems.databaseUnavailable();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("Unhandled exception", ex);
        return Problems.response(Problems.of(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.message()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object target = ex.getBindingResult().getTarget();
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of(
                        "field",
                        target == null ? e.getField() : FlatFieldNames.of(target.getClass(), e.getField()),
                        "message",
                        String.valueOf(e.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.message());
        problem.setProperty("errors", errors);
        return Problems.response(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of(
                                "field",
                                        String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.message());
        problem.setProperty("errors", errors);
        return Problems.response(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("");
            String detail =
                    mismatch instanceof InvalidFormatException ? "字段 " + field + " 的取值不正确" : "字段 " + field + " 的类型不正确";
            return Problems.response(Problems.of(ErrorCode.INVALID_PARAMETER, detail));
        }
        return Problems.response(Problems.of(ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON.message()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "参数";
        return Problems.response(Problems.of(ErrorCode.INVALID_PARAMETER, "参数 " + name + " 的取值不正确"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return Problems.response(Problems.of(ErrorCode.MISSING_PARAMETER, "缺少必填参数 " + ex.getParameterName()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.message()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ErrorCode code = codeFor(ex, statusCode);
        ProblemDetail problem = Problems.of(code, code.message());
        return new ResponseEntity<>(problem, Problems.headers(headers), code.status());
    }

    private static ErrorCode codeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ErrorCode.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return ErrorCode.NOT_ACCEPTABLE;
        }
        if (ex instanceof NoResourceFoundException || status.value() == 404) {
            return ErrorCode.NOT_FOUND;
        }
        if (status.value() == 413) {
            return ErrorCode.PAYLOAD_TOO_LARGE;
        }
        if (status.is4xxClientError()) {
            return ErrorCode.BAD_REQUEST;
        }
        return ErrorCode.INTERNAL_ERROR;
    }
}
