package org.wenming.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.support.AdminApi;
import org.wenming.support.AppInstance;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestProfiles;

@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void theConsoleRunsOnlyItsOwnScriptsAndCannotBeFramed() throws Exception {
        String policy =
                mvc.perform(get("/admin/index.html")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).isNotNull();
        List<String> directives =
                Arrays.stream(policy.split(";")).map(String::strip).toList();
        assertThat(directives)
                .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
        assertThat(directives)
                .noneMatch(directive -> directive.startsWith("script-src") && directive.contains("unsafe"));
    }

    @Test
    void cookielessApisOpenNoSessionSetNoCookieAndKeepTheSecurityHeaders() throws Exception {
        MockHttpServletResponse home =
                mvc.perform(get("/api/mini/v1/home")).andReturn().getResponse();

        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(home.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mvc.perform(get("/api/mini/v1/home"))
                        .andReturn()
                        .getRequest()
                        .getSession(false))
                .isNull();
    }

    @Test
    void cookielessApisPassAChainWithoutSessionCsrfOrSavedRequestWork() {
        for (String path : List.of("/api/mini/v1/home", "/api/station/v1/playlist")) {
            assertThat(filtersFor(path))
                    .as(path)
                    .doesNotContain(CsrfFilter.class, RequestCacheAwareFilter.class, SessionManagementFilter.class);
        }
        // Media read the console's session (editors preview unpublished files) but never create or save one.
        assertThat(filtersFor("/media/abc.mp3")).doesNotContain(CsrfFilter.class, RequestCacheAwareFilter.class);
        assertThat(filtersFor("/api/admin/v1/contents")).contains(CsrfFilter.class);
    }

    private List<Class<?>> filtersFor(String path) {
        return securityFilters.getFilters(path).stream()
                .<Class<?>>map(Object::getClass)
                .toList();
    }

    /**
     * On an instance of its own: spring-security-test's {@code csrf()}, which other tests of the shared context
     * use, swaps that context's CSRF repository for a session-based one for good.
     */
    @Test
    void theCsrfCookieIsSameSiteAndSecureWhenTheRequestCameOverHttps() throws Exception {
        try (AppInstance instance = AppInstance.start(List.of(), "server.forward-headers-strategy=native")) {
            String overHttp = csrfCookie(instance, null);
            String overHttps = csrfCookie(instance, "https");

            assertThat(overHttp).contains("SameSite=Lax").doesNotContain("Secure");
            assertThat(overHttps).contains("SameSite=Lax").contains("Secure");
        }
    }

    private static String csrfCookie(AppInstance instance, String forwardedProto) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/admin/v1/auth/csrf"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString())
                .headers()
                .allValues("Set-Cookie")
                .stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withSecureCookiesConfiguredAsUnderProdBothCookiesAreSecureEvenOverPlainHttp() throws Exception {
        try (AppInstance instance = AppInstance.start(List.of(), "server.servlet.session.cookie.secure=true")) {
            HttpResponse<String> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/admin/v1/auth/login"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                                            + AdminApi.ADMIN_PASSWORD + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> csrf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/admin/v1/auth/csrf"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie)
                            .startsWith("WENMING_SESSION=")
                            .contains("Secure")
                            .contains("HttpOnly"));
            assertThat(csrf.headers().allValues("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie)
                            .startsWith("XSRF-TOKEN=")
                            .contains("Secure")
                            .contains("SameSite=Lax"));
        }
    }
}
