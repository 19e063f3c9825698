package org.wenming.common.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * Resolves {@link Actor} controller parameters to the signed-in administrator of the request (as
 * {@link ActorRefreshFilter} reloaded them); a request without one is answered 401 AUTH_REQUIRED.
 */
@Configuration
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static {
        // The actor comes from the session, not from request parameters the API description would list.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return RoleInterceptor.currentActor().orElseThrow(() -> new ApiException(ErrorCode.AUTH_REQUIRED));
    }
}
