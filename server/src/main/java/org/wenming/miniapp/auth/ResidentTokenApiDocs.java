package org.wenming.miniapp.auth;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

/**
 * Documents the resident's Bearer token where {@link ResidentArgumentResolver} asks for it: required by a
 * {@link ResidentPrincipal} parameter, optional (anonymous too) by an {@code Optional<ResidentPrincipal>}.
 */
@Configuration
class ResidentTokenApiDocs {

    static final String SCHEME = "residentToken";

    @Bean
    OpenApiCustomizer residentTokenScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            SCHEME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description("小程序登录（POST /api/mini/v1/auth/login）返回的令牌"));
        };
    }

    @Bean
    OperationCustomizer residentTokenRequirement() {
        return (operation, handler) -> {
            Arrays.stream(handler.getMethodParameters())
                    .map(ResidentTokenApiDocs::need)
                    .filter(need -> need != Need.NONE)
                    .findFirst()
                    .ifPresent(need -> {
                        if (need == Need.OPTIONAL) {
                            operation.addSecurityItem(new SecurityRequirement());
                        }
                        operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
                    });
            return operation;
        };
    }

    private static Need need(MethodParameter parameter) {
        if (parameter.getParameterType() == ResidentPrincipal.class) {
            return Need.REQUIRED;
        }
        boolean optionalResident = parameter.getParameterType() == Optional.class
                && parameter.nested().getNestedParameterType() == ResidentPrincipal.class;
        return optionalResident ? Need.OPTIONAL : Need.NONE;
    }

    private enum Need {
        NONE,
        OPTIONAL,
        REQUIRED
    }
}
