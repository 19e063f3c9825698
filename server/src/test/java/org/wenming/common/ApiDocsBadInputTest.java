package org.wenming.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;

/**
 * A bounded bad-input run over real HTTP, driven by {@code /v3/api-docs}: every operation gets malformed path
 * and query values and broken bodies, anonymously and signed in (administrator session and resident token at
 * once). No answer may be a 5xx, and every error must be problem+json with a {@code code} and the security
 * headers; the firewall's and Tomcat's own refusals included, which MockMvc never reaches.
 */
@IntegrationTest
class ApiDocsBadInputTest {

    /** Wrong types, out-of-range numbers, encoded NUL and slash, path parameters, over-long values. */
    private static final List<String> BAD_VALUES = List.of(
            "abc",
            "99999999999999999999999",
            "-1",
            "%00",
            "a%2Fb",
            "a;b=c",
            "1e400",
            "x".repeat(3000),
            "%E4%B8",
            "%22%3E");

    private static final List<String> BAD_BODIES =
            List.of("{\"title\": ", "[1,2,3]", "{\"id\": 99999999999999999999999999, \"size\": \"abc\"}");

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    MiniApi mini;

    @Test
    void everyOperationAnswersMalformedInputWithAProblemAndNeverAServerError() throws Exception {
        JsonNode docs = json.readTree(
                send(anonymous(), "GET", "/v3/api-docs", null, null).body());
        Caller anonymous = anonymous();
        Caller signedIn = signedIn();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operation = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                for (BadRequest bad : badRequests(path.getKey(), op.getValue(), operation++)) {
                    for (Caller caller : List.of(anonymous, signedIn)) {
                        if (caller == signedIn && !bad.refusedWhatever(method, path.getKey())) {
                            continue;
                        }
                        HttpResponse<String> response = send(caller, method, bad.url(), bad.body(), bad.contentType());
                        sent++;
                        check(response, caller == signedIn ? "signed in" : "anonymous", method, bad, failures);
                    }
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThan(200);
    }

    /**
     * Requests the firewall or Tomcat refuse before any controller runs: {@code ..}, {@code //}, {@code ;},
     * encoded slash and NUL, a request line or header over the 8 KB limit, a malformed request line; and the
     * container's error page, for TRACE (refused by Tomcat) and when asked for directly.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /api/mini/v1/home;jsessionid=abc HTTP/1.1",
                "GET //api/mini/v1/home HTTP/1.1",
                "GET /api/mini/v1/../v1/home HTTP/1.1",
                "GET /api/mini/v1/%2e%2e/v1/home HTTP/1.1",
                "GET /api/mini/v1/contents/a%2Fb HTTP/1.1",
                "GET /api/mini/v1/home%00 HTTP/1.1",
                "GET /api/mini/v1/%5Chome HTTP/1.1",
                "GET /api/mini/v1/home?q=LONG HTTP/1.1",
                "GET /api/mini/v1/home HTTP/1.1\r\nX-Padding: LONG",
                "GET /api/mini/v1/ho me HTTP/1.1",
                "GET /api/mini/v1/home HTTP/1.1\r\nHost: bad host name",
                "TRACE /api/mini/v1/home HTTP/1.1",
                "GET /error HTTP/1.1"
            })
    void firewallAndContainerRefusalsAreProblemsWithTheSecurityHeaders(String head) throws Exception {
        String request = head.replace("LONG", "x".repeat(9000));
        if (!request.contains("\r\nHost:")) {
            request += "\r\nHost: localhost";
        }
        RawResponse response = raw(request + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertThat(response.header("content-type")).as(response.text()).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).path("code").asText()).isNotEmpty();
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.header("x-frame-options")).isNotNull();
        assertThat(response.header("content-security-policy")).isNotNull();
    }

    private List<BadRequest> badRequests(String template, JsonNode operation, int index) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                pathParams.add(parameter.get("name").asText());
            } else if (in.equals("query")) {
                queryParams.add(parameter.get("name").asText());
            }
        }
        String body = operation.path("requestBody").path("content").fieldNames().hasNext()
                ? operation.path("requestBody").path("content").fieldNames().next()
                : null;
        List<BadRequest> requests = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String value = BAD_VALUES.get((index * 2 + i) % BAD_VALUES.size());
            if (!pathParams.isEmpty()) {
                requests.add(new BadRequest(fill(template, pathParams, value), null, null, true));
            }
            if (!queryParams.isEmpty()) {
                String query = String.join(
                        "&", queryParams.stream().map(q -> q + "=" + value).toList());
                requests.add(new BadRequest(fill(template, pathParams, "1") + "?" + query, null, null, false));
            }
        }
        if (body != null) {
            String url = fill(template, pathParams, "1");
            if (body.startsWith("multipart/")) {
                requests.add(new BadRequest(url, "--missing-boundary--", "multipart/form-data", true));
            } else {
                requests.add(new BadRequest(url, BAD_BODIES.get(index % BAD_BODIES.size()), "application/json", true));
            }
        }
        if (requests.isEmpty()) {
            requests.add(new BadRequest(template, null, null, false));
        }
        return requests;
    }

    private static String fill(String template, List<String> names, String value) {
        String url = template;
        for (String name : names) {
            url = url.replace("{" + name + "}", value);
        }
        return url;
    }

    /**
     * One malformed request; {@code malformed} when the malformation itself must make it fail (a bad path value
     * or body), not merely an odd query value that a search might accept.
     */
    private record BadRequest(String url, String body, String contentType, boolean malformed) {

        /**
         * Whether a signed-in caller may send it without changing anything: reads always, writes only when
         * malformed, and never to the session endpoints, which would sign the caller out.
         */
        boolean refusedWhatever(String method, String template) {
            return !template.contains("/auth/") && (method.equals("GET") || malformed);
        }
    }

    private void check(
            HttpResponse<String> response, String who, String method, BadRequest bad, List<String> failures) {
        int status = response.statusCode();
        String where = who + " " + method + " " + abbreviate(bad.url()) + " " + abbreviate(bad.body()) + " → " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviate(response.body()));
            return;
        }
        if (status < 400) {
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            failures.add(where + " not problem+json: " + type + " " + abbreviate(response.body()));
            return;
        }
        try {
            if (!method.equals("HEAD")
                    && json.readTree(response.body()).path("code").asText().isEmpty()) {
                failures.add(where + " without code: " + abbreviate(response.body()));
            }
        } catch (Exception e) {
            failures.add(where + " unreadable body: " + abbreviate(response.body()));
        }
        if (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            failures.add(where + " without X-Content-Type-Options");
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private record Caller(HttpClient http, Map<String, String> headers) {}

    private Caller anonymous() {
        return new Caller(http(new CookieManager()), Map.of());
    }

    /** The administrator's session cookie and CSRF token, and a resident's bearer token, on every request. */
    private Caller signedIn() throws Exception {
        CookieManager cookies = new CookieManager();
        Caller session = new Caller(http(cookies), Map.of());
        HttpResponse<String> login = send(
                session,
                "POST",
                "/api/admin/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + AdminApi.ADMIN_PASSWORD + "\"}",
                "application/json");
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode csrf = json.readTree(
                send(session, "GET", "/api/admin/v1/auth/csrf", null, null).body());
        return new Caller(
                session.http(),
                Map.of(
                        csrf.get("headerName").asText(),
                        csrf.get("token").asText(),
                        "Authorization",
                        "Bearer " + mini.login().token()));
    }

    private static HttpClient http(CookieManager cookies) {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> send(Caller caller, String method, String path, String body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        caller.headers().forEach(request::header);
        return caller.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record RawResponse(int status, Map<String, String> headers, String body, String text) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** Sends bytes HttpClient would refuse or normalise, and reads the answer to the end (the server closes). */
    private RawResponse raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            // One char per byte, so chunk sizes count right; the body is decoded as UTF-8 once dechunked.
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, Math.max(0, end)).split("\r\n");
            int status = lines.length > 0 && lines[0].length() >= 12 ? Integer.parseInt(lines[0].substring(9, 12)) : 0;
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            String body = end < 0
                    ? ""
                    : new String(
                            dechunk(text.substring(end + 4), headers).getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_8);
            return new RawResponse(status, headers, body, abbreviate(text.replace("x".repeat(100), "")));
        }
    }

    private static String dechunk(String body, Map<String, String> headers) {
        if (!"chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
