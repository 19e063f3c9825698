package org.wenming.common.error;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of an error answer written outside Spring Security's filter chain (the firewall's
 * rejections, the container's own errors), which would otherwise carry none. Headers already set are kept,
 * so answers that did pass the chain keep what it wrote.
 */
public final class ErrorHeaders {

    private ErrorHeaders() {}

    public static void apply(HttpServletResponse response) {
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        setIfAbsent(response, "Referrer-Policy", "no-referrer");
        setIfAbsent(response, "Cache-Control", "no-store");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
