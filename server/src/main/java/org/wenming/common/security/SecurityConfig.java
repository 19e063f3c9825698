package org.wenming.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.error.Problems;
import org.wenming.common.http.FastLane;
import org.wenming.common.http.FastRead;

/**
 * Admin APIs (the last chain, after the actuator's and the cookie-less ones): cookie session (in memory by default, Redis under the {@code redis} profile) with a CSRF token
 * that the console reads from the XSRF-TOKEN cookie and echoes in X-XSRF-TOKEN. Mini-program and station
 * APIs carry no cookies and are guarded by their own tokens and keys. This chain only requires a signed-in
 * administrator under /api/admin; role rules stand beside each endpoint as {@link RequiresRole}, checked by
 * {@link RoleInterceptor} before the body is read; org scope is checked by each feature's service.
 */
@Configuration
public class SecurityConfig {

    public static final String LOGIN_PATH = "/api/admin/v1/auth/login";
    public static final String CSRF_PATH = "/api/admin/v1/auth/csrf";
    public static final String SESSION_PATH = "/api/admin/v1/auth/session";

    /** What residents' phones and broadcast stations call: they carry tokens or keys, never a cookie. */
    static final String[] COOKIELESS_APIS = {"/api/mini/**", "/api/station/**"};

    static final String MEDIA = "/media/**";

    /**
     * Mini-program and station APIs authenticate each request themselves (bearer token, station key), so
     * their chain keeps no security context, session, CSRF token or saved request: it only writes the
     * security headers. Media is read anonymously too, but a signed-in editor previews unpublished files with
     * the console's session, so its chain reads (never creates or saves) that session's context.
     */
    @Bean
    @Order(2)
    SecurityFilterChain cookielessFilterChain(HttpSecurity http) throws Exception {
        lean(http.securityMatcher(COOKIELESS_APIS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                // No session to manage: without this, every request still asked for the requested session's validity.
                .sessionManagement(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * Cached public reads of the cookie-less APIs and anonymous media reads are answered in Tomcat's pipeline,
     * before any filter ({@link FastLane}): the chains keep no context for them anyway, so their headers are
     * all they add, and the lane writes them with the cookie-less chain's own header filter (the media chain
     * writes the same).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> fastLane(
            ObjectProvider<FastRead> reads,
            @Qualifier("cookielessFilterChain") ObjectProvider<SecurityFilterChain> cookieless,
            ObjectProvider<FastLane.AnswerMetrics> metrics) {
        List<String> prefixes = Stream.concat(Stream.of(COOKIELESS_APIS), Stream.of(MEDIA))
                .map(paths -> paths.replace("/**", "/"))
                .toList();
        FastLane lane = new FastLane(
                prefixes,
                () -> new FastLane.Parts(
                        reads.orderedStream().toList(), headerFilter(cookieless.getObject()), metrics.getObject()));
        return factory -> factory.addContextValves(lane);
    }

    private static Filter headerFilter(SecurityFilterChain chain) {
        return chain.getFilters().stream()
                .filter(HeaderWriterFilter.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The cookie-less chain writes no security headers"));
    }

    @Bean
    @Order(3)
    SecurityFilterChain mediaFilterChain(HttpSecurity http, SecurityContextRepository contextRepository)
            throws Exception {
        lean(http.securityMatcher(MEDIA))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    private static HttpSecurity lean(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectMapper mapper,
            ActorLoader actorLoader,
            SessionRecords sessionRecords,
            SecurityContextRepository contextRepository,
            ServerProperties server,
            WenmingProperties properties)
            throws Exception {
        http.csrf(csrf -> csrf.csrfTokenRepository(
                                csrfTokens(server.getServlet().getSession().getCookie()))
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(LOGIN_PATH, "/wx/**"))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .authorizeHttpRequests(auth -> auth.requestMatchers(LOGIN_PATH, CSRF_PATH, SESSION_PATH)
                        .permitAll()
                        // The admin console's static files: its screens call the APIs, which are guarded.
                        .requestMatchers(HttpMethod.GET, "/admin", "/admin/**")
                        .permitAll()
                        .requestMatchers("/api/admin/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, ex) -> Problems.write(response, mapper, ErrorCode.AUTH_REQUIRED))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(
                                response,
                                mapper,
                                ex instanceof CsrfException ? ErrorCode.CSRF_INVALID : ErrorCode.FORBIDDEN)))
                .headers(headers -> headers.addHeaderWriter(
                        consoleContentSecurityPolicy(properties.security().consoleMediaSources())))
                .addFilterBefore(new ActorRefreshFilter(actorLoader, sessionRecords), AuthorizationFilter.class)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * The XSRF-TOKEN cookie gets the session cookie's SameSite and, when that one is always Secure (under
     * {@code prod}), Secure too; otherwise it is Secure whenever the request came over https (behind a proxy:
     * as its X-Forwarded-Proto says, with {@code SERVER_FORWARD_HEADERS_STRATEGY=native}).
     */
    private static CookieCsrfTokenRepository csrfTokens(Cookie sessionCookie) {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> {
            if (sessionCookie.getSameSite() != null) {
                cookie.sameSite(sessionCookie.getSameSite().attributeValue());
            }
            if (Boolean.TRUE.equals(sessionCookie.getSecure())) {
                cookie.secure(true);
            }
        });
        return tokens;
    }

    /**
     * The console's policy: only its own scripts run (the Vite build has no inline script, and the preview's
     * rich text is sanitised again in the browser); inline styles stay allowed because Element Plus sets them
     * at run time. Images and audio come from here unless MinIO hands them out from its own address.
     */
    private static HeaderWriter consoleContentSecurityPolicy(String mediaSources) {
        String media = ("'self' data: blob: " + (mediaSources == null ? "" : mediaSources)).strip();
        String policy = String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src " + media,
                "media-src " + media,
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
        return new DelegatingRequestMatcherHeaderWriter(
                PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
                new StaticHeadersWriter("Content-Security-Policy", policy));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
