package org.wenming.miniapp.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Resolves {@link ResidentPrincipal} controller parameters from {@code Authorization: Bearer <token>}: a
 * parameter of that type requires a signed-in resident, {@code Optional<ResidentPrincipal>} accepts anonymous
 * requests too. Mini-program endpoints that take neither stay anonymous.
 */
@Configuration
class ResidentArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String BEARER = "Bearer ";

    static {
        // The resident comes from the token, not from request parameters the API description would list.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ResidentPrincipal.class);
    }

    private final ResidentService residents;

    public ResidentArgumentResolver(ResidentService residents) {
        this.residents = residents;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ResidentPrincipal.class
                || (parameter.getParameterType() == Optional.class
                        && parameter.nested().getNestedParameterType() == ResidentPrincipal.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Optional<String> token = bearerToken(request);
        boolean optional = parameter.getParameterType() == Optional.class;
        if (token.isEmpty()) {
            if (optional) {
                return Optional.empty();
            }
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "请先登录小程序");
        }
        ResidentPrincipal principal = residents.authenticate(token.get(), request.getRemoteAddr());
        return optional ? Optional.of(principal) : principal;
    }

    /** The bearer token of the request, if it carries one. */
    public static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
