package org.wenming.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;
import org.wenming.common.security.RoleInterceptor;
import org.wenming.common.security.SecurityConfig;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

/**
 * Role rules stand beside the admin endpoints ({@link RequiresRole}); these pin down that none is forgotten
 * and that a refusal still comes before the body is read or validated.
 */
@IntegrationTest
class AdminEndpointRulesTest {

    private static final Set<String> OPEN_PATHS =
            Set.of(SecurityConfig.LOGIN_PATH, SecurityConfig.CSRF_PATH, SecurityConfig.SESSION_PATH);

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyAdminHandlerStatesWhoMayCallIt() {
        List<String> withoutRule = mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPatternValues().stream()
                        .anyMatch(path -> path.startsWith("/api/admin/") && !OPEN_PATHS.contains(path)))
                .filter(entry -> RoleInterceptor.ruleOf(entry.getValue()).isEmpty())
                .map(entry -> entry.getKey().toString())
                .toList();

        assertThat(withoutRule)
                .as("admin handlers need @RequiresRole (no roles = any signed-in administrator)")
                .isEmpty();
    }

    @Test
    void aWrongRoleIsRefusedBeforeTheBodyIsReadOrValidated() throws Exception {
        AdminApi.Session editor = api.newUser("qinglongzhang-zhen", Role.EDITOR);

        expectForbidden(editor.perform(malformedJson(post("/api/admin/v1/users"))));
        expectForbidden(editor.put("/api/admin/v1/settings/review-levels", Map.of("levels", 99)));
        expectForbidden(editor.post("/api/admin/v1/station-schedules", Map.of()));
        expectForbidden(editor.post("/api/admin/v1/stations", Map.of()));
    }

    @Test
    void theRightRoleGoesOnToValidation() throws Exception {
        AdminApi.Session reviewer = api.newUser("qinglongzhang-zhen", Role.REVIEWER);

        reviewer.post("/api/admin/v1/station-schedules", Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        expectForbidden(reviewer.post("/api/admin/v1/stations", Map.of()));
    }

    @Test
    void readsOpenToEverySignedInAdministratorStayOpen() throws Exception {
        AdminApi.Session editor = api.newUser("qinglongzhang-zhen", Role.EDITOR);

        editor.get("/api/admin/v1/stations").andExpect(status().isOk());
        editor.get("/api/admin/v1/station-schedules").andExpect(status().isOk());
        editor.get("/api/admin/v1/settings/review-levels").andExpect(status().isOk());
        expectForbidden(editor.get("/api/admin/v1/search/status"));
    }

    @Test
    void theConsoleLearnsWhoHoldsTheBannerLevelPowers() throws Exception {
        api.admin()
                .get("/api/admin/v1/auth/me")
                .andExpect(jsonPath("$.bannerLevel").value(true));
        api.newUser("qinglongzhang-zhen", Role.ADMIN)
                .get("/api/admin/v1/auth/me")
                .andExpect(jsonPath("$.bannerLevel").value(false));
    }

    @Test
    void aTownshipAdministratorIsRefusedABannerLevelPowerWithItsOwnCode() throws Exception {
        api.newUser("qinglongzhang-zhen", Role.ADMIN)
                .put("/api/admin/v1/settings/review-levels", Map.of("levels", 3))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("BANNER_LEVEL_REQUIRED"))
                .andExpect(jsonPath("$.title").value("该操作涉及全旗，只有旗级管理员可以执行"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(malformedJson(post("/api/admin/v1/users")).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
        mvc.perform(get("/api/admin/v1/stations"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
    }

    @Test
    void theActorIsNoRequestParameterInTheApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/admin/v1/stations'].get.parameters")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/admin/v1/contents'].get.parameters[?(@.name == 'actor')]")
                        .isEmpty())
                .andExpect(jsonPath("$.components.schemas.Actor").doesNotExist());
    }

    private static MockHttpServletRequestBuilder malformedJson(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).content("{");
    }

    private static void expectForbidden(ResultActions result) throws Exception {
        result.andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.instance").doesNotExist());
    }
}
