package org.wenming.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class ProblemHandlerTest {

    @Test
    void aRefusalToRetryLaterCarriesRetryAfter() {
        ResponseEntity<Object> response =
                new ProblemHandler().handleApi(new RetryLaterException(ErrorCode.MEDIA_BUSY, 3));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("3");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
