package org.wenming.user;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

/** An administrator changes their own password: proven by the current one, ending their other sessions. */
@IntegrationTest
class OwnPasswordTest {

    private static final String NEW_PASSWORD = "new-password-456";

    @Autowired
    AdminApi api;

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        AdminApi.Session here = api.newUser("baxiantong-zhen", Role.EDITOR);
        AdminApi.Session elsewhere = api.login(here.username(), AdminApi.USER_PASSWORD);

        here.post(
                        "/api/admin/v1/auth/password",
                        Map.of("currentPassword", AdminApi.USER_PASSWORD, "newPassword", NEW_PASSWORD))
                .andExpect(status().isNoContent());

        here.get("/api/admin/v1/auth/me").andExpect(status().isOk());
        elsewhere.get("/api/admin/v1/auth/me").andExpect(status().isUnauthorized());
        api.login(here.username(), NEW_PASSWORD).get("/api/admin/v1/auth/me").andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordIsToldBesideItsFieldAndChangesNothing() throws Exception {
        AdminApi.Session editor = api.newUser("baxiantong-zhen", Role.EDITOR);

        editor.post(
                        "/api/admin/v1/auth/password",
                        Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("当前密码不正确"))
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        editor.post(
                        "/api/admin/v1/auth/password",
                        Map.of("currentPassword", AdminApi.USER_PASSWORD, "newPassword", AdminApi.USER_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));

        editor.get("/api/admin/v1/auth/me").andExpect(status().isOk());
        api.login(editor.username(), AdminApi.USER_PASSWORD)
                .get("/api/admin/v1/auth/me")
                .andExpect(status().isOk());
    }
}
