package org.wenming.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

@IntegrationTest
class AdminLoginTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    private final String address = "10.14.3." + ADDRESSES.incrementAndGet();

    @Test
    void signedInAdministratorSeesTheirUnitAndRoles() throws Exception {
        AdminApi.Session editor = api.newUser("xin-zhen", Role.EDITOR);

        editor.get("/api/admin/v1/auth/me")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orgUnitName").value("新镇"))
                .andExpect(jsonPath("$.roles[0]").value("EDITOR"));
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameAnswer() throws Exception {
        String username = api.newUser("xin-zhen", Role.EDITOR).username();

        login(username, "wrong-password")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        login("nobody-" + System.nanoTime(), "wrong-password")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        String username = api.newUser("xin-zhen", Role.EDITOR).username();
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password").andExpect(status().isUnauthorized());
        }
        login(username, "wrong-password")
                .andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));

        login(username, AdminApi.USER_PASSWORD).andExpect(status().isLocked());
        clock.advance(Duration.ofMinutes(14));
        login(username, AdminApi.USER_PASSWORD).andExpect(status().isLocked());
        clock.advance(Duration.ofMinutes(2));
        login(username, AdminApi.USER_PASSWORD).andExpect(status().isOk());
    }

    @Test
    void successfulLoginResetsTheFailureCount() throws Exception {
        String username = api.newUser("xin-zhen", Role.EDITOR).username();
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password");
        }
        login(username, AdminApi.USER_PASSWORD).andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password").andExpect(status().isUnauthorized());
        }
    }

    @Test
    void loginStartsANewSessionAndLogoutEndsIt() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String username = api.newUser("xin-zhen", Role.EDITOR).username();
        MockHttpSession after = (MockHttpSession) mvc.perform(post("/api/admin/v1/auth/login")
                        .session(before)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + AdminApi.USER_PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getRequest()
                .getSession(false);

        assertThat(before.isInvalid()).isTrue();
        assertThat(after.getId()).isNotEqualTo(before.getId());
        AdminApi.Session session = api.login(username, AdminApi.USER_PASSWORD);
        session.post("/api/admin/v1/auth/logout", null).andExpect(status().isNoContent());
        mvc.perform(get("/api/admin/v1/auth/me").session(session.http())).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAnAccountEndsItsSessionAtOnce() throws Exception {
        AdminApi.Session editor = api.newUser("xin-zhen", Role.EDITOR);
        Map<String, Object> disabled = Map.of(
                "username",
                editor.username(),
                "displayName",
                "停用账号",
                "orgUnitId",
                api.unitId("xin-zhen"),
                "roles",
                List.of("EDITOR"),
                "enabled",
                false);

        api.admin().put("/api/admin/v1/users/{id}", disabled, editor.userId()).andExpect(status().isOk());

        mvc.perform(get("/api/admin/v1/auth/me").session(editor.http())).andExpect(status().isUnauthorized());
        login(editor.username(), AdminApi.USER_PASSWORD)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCOUNT_DISABLED"));
    }

    @Test
    void aRoleChangeEndsOpenSessionsAndTheNextSignInHasTheNewRoles() throws Exception {
        AdminApi.Session user = api.newUser("xin-zhen", Role.EDITOR);
        user.get("/api/admin/v1/users").andExpect(status().isForbidden());
        Map<String, Object> promoted = Map.of(
                "username",
                user.username(),
                "displayName",
                "升级账号",
                "orgUnitId",
                api.unitId("xin-zhen"),
                "roles",
                List.of("ADMIN"));

        api.admin().put("/api/admin/v1/users/{id}", promoted, user.userId()).andExpect(status().isOk());

        user.get("/api/admin/v1/users").andExpect(status().isUnauthorized());
        api.login(user.username(), AdminApi.USER_PASSWORD)
                .get("/api/admin/v1/users")
                .andExpect(status().isOk());
    }

    @Test
    void editingNameOrUnitKeepsOpenSessions() throws Exception {
        AdminApi.Session user = api.newUser("xin-zhen", Role.EDITOR);
        Map<String, Object> renamed = Map.of(
                "username",
                user.username(),
                "displayName",
                "改名账号",
                "orgUnitId",
                api.unitId("xin-zhen"),
                "roles",
                List.of("EDITOR"));

        api.admin().put("/api/admin/v1/users/{id}", renamed, user.userId()).andExpect(status().isOk());

        user.get("/api/admin/v1/auth/me").andExpect(status().isOk());
    }

    @Test
    void csrfTokenIsIssuedToTheConsole() throws Exception {
        mvc.perform(get("/api/admin/v1/auth/csrf"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headerName").isNotEmpty())
                .andExpect(jsonPath("$.token").isNotEmpty());
    }

    @Test
    void loginsAndLockoutsAreAudited() throws Exception {
        String username = api.newUser("xin-zhen", Role.EDITOR).username();
        login(username, "wrong-password");

        String log = api.read(api.admin().get("/api/admin/v1/audit-log?action=LOGIN_FAILED&size=100"))
                .toString();
        assertThat(log).contains(username);
    }

    /** From an address of this test's own, so no other test's failures slow it down. */
    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/api/admin/v1/auth/login")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }
}
