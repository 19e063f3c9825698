package org.wenming.common.config;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address WeChat and village players reach this server at, for every absolute URL the product hands
 * out: {@code wenming.public-base-url} (WENMING_PUBLIC_BASE_URL) when set, as behind a proxy or under a
 * public name; otherwise the address of the request being served, which is the one its client reached; and
 * without a request, as in a background job, this host on the server's own port.
 */
@Component
public class PublicBaseUrl {

    private final String configured;
    private final Environment environment;

    public PublicBaseUrl(WenmingProperties properties, Environment environment) {
        this.configured = properties.publicBaseUrl();
        this.environment = environment;
    }

    /** The base without a trailing slash, so absolute paths can be appended to it. */
    public String get() {
        if (StringUtils.hasText(configured)) {
            return configured.strip().replaceAll("/+$", "");
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:" + port();
    }

    /** The port the server bound (a free one with PORT=0), or the configured one before it has started. */
    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
