package org.wenming.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

class RoleInterceptorTest {

    private final RoleInterceptor interceptor = new RoleInterceptor(new ObjectMapper());
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theControllersRuleCoversItsMethods() throws Exception {
        signIn(Role.EDITOR);
        assertThat(preHandle("write")).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"FORBIDDEN\"");

        signIn(Role.REVIEWER, Role.ADMIN);
        assertThat(preHandle("write")).isTrue();
    }

    @Test
    void aMethodsRuleReplacesTheControllers() throws Exception {
        signIn(Role.EDITOR);
        assertThat(preHandle("read")).isTrue();

        assertThat(preHandle("review")).isFalse();
        signIn(Role.REVIEWER);
        assertThat(preHandle("review")).isTrue();
    }

    @Test
    void aRuleWithoutRolesStillNeedsASignedInAdministrator() throws Exception {
        assertThat(preHandle("read")).isFalse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("\"code\":\"AUTH_REQUIRED\"");
    }

    @Test
    void aBannerLevelPowerNeedsTheRootUnitBesidesTheRole() throws Exception {
        signIn("/1/", Role.ADMIN);
        assertThat(preHandle("settings")).isTrue();

        signIn("/1/2/", Role.ADMIN);
        assertThat(preHandle("settings")).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("\"code\":\"BANNER_LEVEL_REQUIRED\"");
        assertThat(preHandle("write")).isTrue();
    }

    @Test
    void aRootEditorStillLacksTheRoleOfABannerLevelPower() throws Exception {
        signIn("/1/", Role.EDITOR);
        assertThat(preHandle("settings")).isFalse();
        assertThat(response.getContentAsString()).contains("\"code\":\"FORBIDDEN\"");
    }

    @Test
    void handlersWithoutARuleAreLeftToTheFilterChain() throws Exception {
        assertThat(interceptor.preHandle(
                        new MockHttpServletRequest(), response, new HandlerMethod(new Open(), "login")))
                .isTrue();
        assertThat(interceptor.preHandle(new MockHttpServletRequest(), response, new Object()))
                .isTrue();
    }

    private boolean preHandle(String method) throws Exception {
        return interceptor.preHandle(
                new MockHttpServletRequest(), response, new HandlerMethod(new AdminOnly(), method));
    }

    private static void signIn(Role... roles) {
        signIn("/1/", roles);
    }

    private static void signIn(String unitPath, Role... roles) {
        Actor actor = new Actor(7, "tester", "测试", Set.of(roles), 1, unitPath, "测试单位", 0);
        SecurityContextHolder.getContext().setAuthentication(actor.authentication());
    }

    @RequiresRole({Role.ADMIN})
    static class AdminOnly {

        public void write() {}

        @RequiresRole
        public void read() {}

        @RequiresRole({Role.REVIEWER})
        public void review() {}

        @RequiresRole(value = Role.ADMIN, banner = true)
        public void settings() {}
    }

    static class Open {

        public void login() {}
    }
}
