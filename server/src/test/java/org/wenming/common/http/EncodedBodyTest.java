package org.wenming.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class EncodedBodyTest {

    private static final byte[] JSON = ("{\"items\":[" + "{\"title\":\"端午节包粽子\",\"kind\":\"FESTIVAL\"},".repeat(40)
                    + "{}]}")
            .getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip|true",
                "gzip, deflate, br|true",
                "br;q=1.0, gzip;q=0.8|true",
                "GZIP|true",
                "x-gzip|true",
                "*|true",
                "gzip;q=0|false",
                "*, gzip;q=0|false",
                "identity|false",
                "deflate, br|false",
                "*;q=0|false",
                "gzip;q=oops|false"
            })
    void gzipIsSentExactlyWhenTheClientAcceptsIt(String acceptEncoding, boolean gzip) {
        ResponseEntity<byte[]> answer = EncodedBody.of(JSON)
                .answer(request(acceptEncoding, null), new HttpHeaders(), MediaType.APPLICATION_JSON);

        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo(gzip ? "gzip" : null);
    }

    @Test
    void theGzipVariantDecodesToThePlainBytesUnderAnETagOfItsOwn() throws IOException {
        EncodedBody body = EncodedBody.of(JSON);

        ResponseEntity<byte[]> plain = body.answer(request(null, null), new HttpHeaders(), MediaType.APPLICATION_JSON);
        ResponseEntity<byte[]> gzip = body.answer(request("gzip", null), new HttpHeaders(), MediaType.APPLICATION_JSON);

        assertThat(plain.getBody()).isEqualTo(JSON);
        assertThat(gunzip(gzip.getBody())).isEqualTo(JSON);
        assertThat(gzip.getBody().length).isLessThan(JSON.length / 4);
        assertThat(gzip.getHeaders().getETag())
                .startsWith("\"")
                .isNotEqualTo(plain.getHeaders().getETag());
        assertThat(gzip.getHeaders().getContentLength()).isEqualTo(gzip.getBody().length);
        assertThat(plain.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
        assertThat(gzip.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
    }

    @Test
    void eachVariantRevalidatesWithItsOwnETagOnly() {
        EncodedBody body = EncodedBody.of(JSON);

        assertThat(status(body, "gzip", body.gzipEtag())).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(status(body, null, body.etag())).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(status(body, "gzip", "W/" + body.gzipEtag())).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(status(body, null, "\"other\", " + body.etag())).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(status(body, "gzip", body.etag())).isEqualTo(HttpStatus.OK);
        assertThat(status(body, null, body.gzipEtag())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aNotModifiedAnswerCarriesTheETagAndNoBody() {
        EncodedBody body = EncodedBody.of(JSON);

        ResponseEntity<byte[]> answer =
                body.answer(request("gzip", body.gzipEtag()), new HttpHeaders(), MediaType.APPLICATION_JSON);

        assertThat(answer.getBody()).isNull();
        assertThat(answer.getHeaders().getETag()).isEqualTo(body.gzipEtag());
        assertThat(answer.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
    }

    @Test
    void aTinyBodyIsSentPlainToEveryone() {
        EncodedBody body = EncodedBody.of("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

        assertThat(body.gzip()).isNull();
        ResponseEntity<byte[]> answer =
                body.answer(request("gzip", null), new HttpHeaders(), MediaType.APPLICATION_JSON);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(answer.getHeaders().getETag()).isEqualTo(body.etag());
    }

    @Test
    void theCallersHeadersAreKept() {
        HttpHeaders own = new HttpHeaders();
        own.set("X-Poll-Interval", "300");

        ResponseEntity<byte[]> answer =
                EncodedBody.of(JSON).answer(request("gzip", null), own, MediaType.APPLICATION_JSON);

        assertThat(answer.getHeaders().getFirst("X-Poll-Interval")).isEqualTo("300");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    private static HttpStatus status(EncodedBody body, String acceptEncoding, String ifNoneMatch) {
        return HttpStatus.valueOf(
                body.answer(request(acceptEncoding, ifNoneMatch), new HttpHeaders(), MediaType.APPLICATION_JSON)
                        .getStatusCode()
                        .value());
    }

    private static MockHttpServletRequest request(String acceptEncoding, String ifNoneMatch) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/mini/v1/home");
        if (acceptEncoding != null) {
            request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.addHeader(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return request;
    }

    static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }
}
