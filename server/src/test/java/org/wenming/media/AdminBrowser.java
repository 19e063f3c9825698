package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.wenming.support.AdminApi;

/**
 * The administrator over real HTTP: session cookie plus the CSRF token echoed in the header the server names
 * (MockMvc's csrf() swaps the shared context's token repository, so the header is read, not assumed).
 */
record AdminBrowser(HttpClient http, CookieManager cookies, String base, String csrfHeader, String csrfToken) {

    static AdminBrowser signIn(String baseUrl) throws Exception {
        CookieManager cookies = new CookieManager();
        AdminBrowser browser =
                new AdminBrowser(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, baseUrl, null, null);
        HttpResponse<String> login = browser.http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"admin\",\"password\":\"" + AdminApi.ADMIN_PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode csrf = new ObjectMapper()
                .readTree(browser.get("/api/admin/v1/auth/csrf", null).body());
        return new AdminBrowser(
                browser.http,
                cookies,
                baseUrl,
                csrf.get("headerName").asText(),
                csrf.get("token").asText());
    }

    HttpResponse<String> upload(String use, String filename, byte[] data) throws Exception {
        String boundary = "wenming" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(partHeader(boundary, filename).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(data);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/v1/media/" + use))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header(csrfHeader, csrfToken)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> get(String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every cookie of the session, as a Cookie request header value. */
    String cookieHeader() {
        return String.join(
                "; ",
                cookies.getCookieStore().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .toList());
    }

    static String partHeader(String boundary, String filename) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    }
}
