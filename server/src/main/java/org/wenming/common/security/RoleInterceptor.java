package org.wenming.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.error.Problems;

/**
 * Enforces {@link RequiresRole}: roles first (403 FORBIDDEN), then banner-level powers (403
 * BANNER_LEVEL_REQUIRED), so a township editor learns they lack the role, a township administrator that the
 * power is the banner office's. An interceptor is the least machinery that runs after the handler is known
 * but before any argument is resolved, so a caller without the role gets 403 before the body is read or
 * validated (multipart parsing is lazy), exactly as the former URL table in the security filter chain did.
 * The answers are written like the filter chain's (no {@code instance} member), so clients see no
 * difference. Handlers without the annotation are left to the filter chain: it opens only the login, CSRF
 * and session paths under /api/admin, and a test requires every other admin handler to carry a rule.
 */
@Configuration
public class RoleInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ObjectMapper mapper;

    public RoleInterceptor(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Optional<RequiresRole> rule = handler instanceof HandlerMethod method ? ruleOf(method) : Optional.empty();
        if (rule.isEmpty()) {
            return true;
        }
        Optional<Actor> actor = currentActor();
        if (actor.isEmpty()) {
            Problems.write(response, mapper, ErrorCode.AUTH_REQUIRED);
            return false;
        }
        if (!allows(rule.get(), actor.get())) {
            Problems.write(response, mapper, ErrorCode.FORBIDDEN);
            return false;
        }
        if (rule.get().banner() && !actor.get().atBannerLevel()) {
            Problems.write(response, mapper, ErrorCode.BANNER_LEVEL_REQUIRED);
            return false;
        }
        return true;
    }

    /** The method's rule, else its controller's. */
    public static Optional<RequiresRole> ruleOf(HandlerMethod method) {
        RequiresRole own = method.getMethodAnnotation(RequiresRole.class);
        return own != null
                ? Optional.of(own)
                : Optional.ofNullable(
                        AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class));
    }

    private static boolean allows(RequiresRole rule, Actor actor) {
        return rule.value().length == 0 || Arrays.stream(rule.value()).anyMatch(actor::has);
    }

    static Optional<Actor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? Optional.of(actor)
                : Optional.empty();
    }
}
