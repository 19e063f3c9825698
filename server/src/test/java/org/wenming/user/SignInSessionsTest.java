package org.wenming.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.wenming.common.security.Role;
import org.wenming.common.security.SessionRecords;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** An administrator sees where they are signed in and signs one of those sessions out. */
@IntegrationTest
class SignInSessionsTest {

    private static final String SESSIONS = "/api/admin/v1/auth/sessions";

    @Autowired
    AdminApi api;

    @Autowired
    MutableClock clock;

    @Autowired
    SignInSessionMapper records;

    @Test
    void twoSessionsOfOneUserAreListedWithTheCurrentOneMarked() throws Exception {
        AdminApi.Session office = api.newUser("baxiantong-zhen", Role.EDITOR);
        AdminApi.Session home = api.login(office.username(), AdminApi.USER_PASSWORD);

        JsonNode listed = api.read(office.get(SESSIONS).andExpect(status().isOk()));

        assertThat(listed).hasSize(2);
        assertThat(ids(listed)).containsExactlyInAnyOrder(recordId(office), recordId(home));
        assertThat(currentIds(listed)).containsExactly(recordId(office));
        assertThat(listed.get(0).get("device").asText()).isEqualTo("未知浏览器 · 未知系统");
    }

    @Test
    void endingOneSessionSignsThatOneOutAndNotTheOther() throws Exception {
        AdminApi.Session office = api.newUser("baxiantong-zhen", Role.EDITOR);
        AdminApi.Session home = api.login(office.username(), AdminApi.USER_PASSWORD);

        office.delete(SESSIONS + "/{id}", recordId(home)).andExpect(status().isNoContent());

        home.get("/api/admin/v1/auth/me").andExpect(status().isUnauthorized());
        office.get("/api/admin/v1/auth/me").andExpect(status().isOk());
        assertThat(ids(api.read(office.get(SESSIONS)))).containsExactly(recordId(office));
    }

    @Test
    void anotherUserCannotEndASessionThatIsNotTheirs() throws Exception {
        AdminApi.Session owner = api.newUser("baxiantong-zhen", Role.EDITOR);
        AdminApi.Session admin = api.admin();

        admin.delete(SESSIONS + "/{id}", recordId(owner))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SIGN_IN_SESSION_NOT_FOUND"));

        owner.get("/api/admin/v1/auth/me").andExpect(status().isOk());
    }

    @Test
    void signingOutTakesTheSessionOffTheList() throws Exception {
        AdminApi.Session office = api.newUser("baxiantong-zhen", Role.EDITOR);
        AdminApi.Session home = api.login(office.username(), AdminApi.USER_PASSWORD);

        home.post("/api/admin/v1/auth/logout", null).andExpect(status().isNoContent());

        assertThat(ids(api.read(office.get(SESSIONS)))).containsExactly(recordId(office));
    }

    @Test
    void changingTheOwnPasswordLeavesOnlyThisSessionListed() throws Exception {
        AdminApi.Session office = api.newUser("baxiantong-zhen", Role.EDITOR);
        api.login(office.username(), AdminApi.USER_PASSWORD);

        office.post(
                        "/api/admin/v1/auth/password",
                        Map.of("currentPassword", AdminApi.USER_PASSWORD, "newPassword", "new-password-456"))
                .andExpect(status().isNoContent());

        assertThat(currentIds(api.read(office.get(SESSIONS)))).containsExactly(recordId(office));
        assertThat(api.read(office.get(SESSIONS))).hasSize(1);
    }

    @Test
    void anAdministratorsPasswordResetEndsEveryRecordOfTheAccount() throws Exception {
        AdminApi.Session editor = api.newUser("baxiantong-zhen", Role.EDITOR);
        String id = recordId(editor);

        api.admin()
                .post("/api/admin/v1/users/{id}/password", Map.of("password", "reset-password-789"), editor.userId())
                .andExpect(status().isNoContent());

        editor.get("/api/admin/v1/auth/me").andExpect(status().isUnauthorized());
        assertThat(records.selectById(id).getEndedAt()).isNotNull();
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() throws Exception {
        AdminApi.Session editor = api.newUser("baxiantong-zhen", Role.EDITOR);
        String id = recordId(editor);
        var signedIn = records.selectById(id).getLastSeenAt();

        clock.advance(Duration.ofSeconds(30));
        editor.get("/api/admin/v1/auth/me").andExpect(status().isOk());
        assertThat(records.selectById(id).getLastSeenAt()).isEqualTo(signedIn);

        clock.advance(Duration.ofSeconds(31));
        editor.get("/api/admin/v1/auth/me").andExpect(status().isOk());
        assertThat(records.selectById(id).getLastSeenAt()).isAfter(signedIn);
    }

    @Test
    void aSessionWithoutARecordIsSignedOut() throws Exception {
        AdminApi.Session editor = api.newUser("baxiantong-zhen", Role.EDITOR);
        editor.http().removeAttribute(SessionRecords.ATTRIBUTE);

        editor.get("/api/admin/v1/auth/me").andExpect(status().isUnauthorized());
    }

    private static String recordId(AdminApi.Session session) {
        return (String) session.http().getAttribute(SessionRecords.ATTRIBUTE);
    }

    private static List<String> ids(JsonNode sessions) {
        List<String> ids = new ArrayList<>();
        sessions.forEach(session -> ids.add(session.get("id").asText()));
        return ids;
    }

    private static List<String> currentIds(JsonNode sessions) {
        List<String> ids = new ArrayList<>();
        sessions.forEach(session -> {
            if (session.get("current").asBoolean()) {
                ids.add(session.get("id").asText());
            }
        });
        return ids;
    }
}
