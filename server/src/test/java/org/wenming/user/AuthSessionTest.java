package org.wenming.user;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

@IntegrationTest
class AuthSessionTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Test
    void visitorWithoutSessionIsToldSoWithoutAnError() throws Exception {
        mvc.perform(get("/api/admin/v1/auth/session"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authenticated").value(false))
                .andExpect(jsonPath("$.user").doesNotExist());
    }

    @Test
    void signedInAdministratorGetsTheirAccountUnitAndRoles() throws Exception {
        AdminApi.Session reviewer = api.newUser("baxiantong-zhen", Role.REVIEWER);

        reviewer.get("/api/admin/v1/auth/session")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authenticated").value(true))
                .andExpect(jsonPath("$.user.username").value(reviewer.username()))
                .andExpect(jsonPath("$.user.orgUnitName").value("八仙筒镇"))
                .andExpect(jsonPath("$.user.roles[0]").value("REVIEWER"));
    }

    @Test
    void disabledAccountsSessionEnds() throws Exception {
        AdminApi.Session editor = api.newUser("baxiantong-zhen", Role.EDITOR);
        api.admin()
                .put(
                        "/api/admin/v1/users/{id}",
                        Map.of(
                                "username",
                                editor.username(),
                                "displayName",
                                "停用的编辑",
                                "orgUnitId",
                                api.unitId("baxiantong-zhen"),
                                "roles",
                                List.of("EDITOR"),
                                "enabled",
                                false),
                        editor.userId())
                .andExpect(status().isOk());

        editor.get("/api/admin/v1/auth/session")
                .andExpect(jsonPath("$.authenticated").value(false));
    }
}
