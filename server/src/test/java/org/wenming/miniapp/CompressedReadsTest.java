package org.wenming.miniapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wenming.content.ContentKind;
import org.wenming.content.PublicQuery;
import org.wenming.content.PublishedContent;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestProfiles;

/**
 * Residents pay for every byte: what the mini program reads goes out gzipped when the phone asks, through
 * the real container, each encoding under its own strong ETag, and revalidates to 304 in either. (Search,
 * answered through the same filter, is checked in SearchApiTest, where the index is in step.)
 */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class CompressedReadsTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedContent published;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void homeListDetailAndOrgUnitsAreGzippedWhenAskedAndRevalidateInEitherEncoding() throws Exception {
        long id = published
                .latest(PublicQuery.ofKind(ContentKind.POSTER), 1)
                .get(0)
                .id();
        List<String> reads = List.of(
                "/api/mini/v1/home",
                "/api/mini/v1/contents?size=20",
                "/api/mini/v1/contents/" + id,
                "/api/mini/v1/org-units");

        for (String path : reads) {
            HttpResponse<byte[]> plain = get(path, null, null);
            HttpResponse<byte[]> gzip = get(path, "gzip, deflate, br", null);

            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(gzip.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzip.headers().allValues("Vary")).as(path).anyMatch(v -> v.contains("Accept-Encoding"));
            assertThat(gunzip(gzip.body())).as(path).isEqualTo(plain.body());
            assertThat(gzip.body().length).as(path).isLessThan(plain.body().length);

            String plainTag = plain.headers().firstValue("ETag").orElseThrow();
            String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
            assertThat(gzipTag).as(path).doesNotStartWith("W/").isNotEqualTo(plainTag);
            assertThat(get(path, "gzip", gzipTag).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, null, plainTag).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, "gzip", plainTag).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theConsolesScriptsAreCompressed() throws Exception {
        String html = new String(get("/admin/index.html", null, null).body(), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("src=\"(/admin/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).isTrue();

        HttpResponse<byte[]> js = get(script.group(1), "gzip", null);

        assertThat(js.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(js.body())).isEqualTo(get(script.group(1), null, null).body());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }
}
