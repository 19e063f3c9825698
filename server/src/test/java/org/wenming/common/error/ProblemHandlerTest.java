package org.wenming.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class ProblemHandlerTest {

    @Test
    void aRefusalToRetryLaterCarriesRetryAfter() {
        ResponseEntity<Object> response = new ProblemHandler()
                .handleApi(new ApiException(
                        ErrorCode.MEDIA_BUSY,
                        ErrorCode.MEDIA_BUSY.message(),
                        Map.of(ApiException.RETRY_AFTER_SECONDS, 3)));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("3");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
