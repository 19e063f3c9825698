package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/**
 * Role × org unit × endpoint: a township's staff act on their township and its villages only; the banner
 * office sees everything; other townships' items behave as if they did not exist.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final String OWN = "qinglongzhang-zhen";
    private static final String OWN_VILLAGE = "qinglongzhang-zhen-fuxing-cun";
    private static final String OTHER = "dongming-zhen";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    AdminApi.Session otherEditor;
    AdminApi.Session otherReviewer;
    long ownItem;
    long ownUnit;

    @BeforeEach
    void setUp() {
        ownUnit = api.unitId(OWN);
        AdminApi.Session ownEditor = api.newUser(OWN, Role.EDITOR);
        ownItem = ownEditor.create(ContentSamples.of(ContentKind.AUDIO, ownUnit, "青龙掌镇的广播"));
        ownEditor.action(ownItem, "submit");
        otherEditor = api.newUser(OTHER, Role.EDITOR);
        otherReviewer = api.newUser(OTHER, Role.REVIEWER, Role.ADMIN);
    }

    static Stream<String> itemEndpoints() {
        return Stream.of(
                "GET /api/admin/v1/contents/{id}",
                "PUT /api/admin/v1/contents/{id}",
                "DELETE /api/admin/v1/contents/{id}",
                "POST /api/admin/v1/contents/{id}/submit",
                "POST /api/admin/v1/contents/{id}/withdraw",
                "POST /api/admin/v1/contents/{id}/approve",
                "POST /api/admin/v1/contents/{id}/reject",
                "POST /api/admin/v1/contents/{id}/publish",
                "POST /api/admin/v1/contents/{id}/offline",
                "GET /api/admin/v1/contents/{id}/transitions",
                "GET /api/admin/v1/contents/{id}/revisions",
                "GET /api/admin/v1/contents/{id}/revisions/1",
                "POST /api/admin/v1/contents/{id}/revisions/1/restore");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemEndpoints")
    void anotherTownshipsItemIsNotFoundForItsEditorsAndReviewers(String endpoint) throws Exception {
        for (AdminApi.Session outsider : List.of(otherEditor, otherReviewer)) {
            JsonNode problem = api.read(call(outsider, endpoint).andExpect(status().isNotFound()));
            assertThat(problem.get("code").asText()).isEqualTo("CONTENT_NOT_FOUND");
            assertThat(problem.toString()).doesNotContain("青龙掌镇的广播");
        }
        JsonNode item = api.admin().content(ownItem);
        assertThat(item.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(item.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void listsShowOnlyTheActorsSubtree() throws Exception {
        JsonNode otherList = api.read(otherEditor.get("/api/admin/v1/contents?size=100"));
        assertThat(otherList.get("items").findValuesAsText("orgUnitName")).doesNotContain("青龙掌镇");

        JsonNode banner = api.read(api.admin().get("/api/admin/v1/contents?orgUnitId=" + ownUnit + "&size=100"));
        assertThat(banner.get("items").findValuesAsText("id")).contains(String.valueOf(ownItem));

        otherEditor
                .get("/api/admin/v1/contents?orgUnitId=" + ownUnit)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));
    }

    @Test
    void townshipStaffWorkOnTheirVillagesButNotOnOtherTownships() throws Exception {
        AdminApi.Session ownEditor = api.newUser(OWN, Role.EDITOR);
        long villageItem =
                ownEditor.create(ContentSamples.of(ContentKind.FESTIVAL_ITEM, api.unitId(OWN_VILLAGE), "村里的端午活动"));
        assertThat(ownEditor.content(villageItem).get("orgUnitName").asText()).isNotBlank();

        ownEditor
                .post("/api/admin/v1/contents", ContentSamples.of(ContentKind.POSTER, api.unitId(OTHER), "越权"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));

        AdminApi.Session villageEditor = api.newUser(OWN_VILLAGE, Role.EDITOR);
        villageEditor.get("/api/admin/v1/contents/{id}", ownItem).andExpect(status().isNotFound());
    }

    @Test
    void movingAnItemToAnotherTownshipIsRefused() throws Exception {
        AdminApi.Session ownEditor = api.newUser(OWN, Role.EDITOR);
        long id = ownEditor.create(ContentSamples.of(ContentKind.POSTER, ownUnit, "不能挪走的海报"));
        Map<String, Object> moved = ContentSamples.of(ContentKind.POSTER, api.unitId(OTHER), "挪到东明镇");
        moved.put("version", 1);

        ownEditor.put("/api/admin/v1/contents/{id}", moved, id).andExpect(status().isForbidden());
        assertThat(ownEditor.content(id).get("title").asText()).isEqualTo("不能挪走的海报");
    }

    @Test
    void aBrandProjectCreditsOnlyAUnitOfTheEditorsSubtree() throws Exception {
        AdminApi.Session ownEditor = api.newUser(OWN, Role.EDITOR);
        Map<String, Object> project = ContentSamples.of(ContentKind.BRAND_PROJECT, ownUnit, "青龙掌镇的品牌项目");

        project.put("ownerUnitId", api.unitId(OTHER));
        ownEditor
                .post("/api/admin/v1/contents", project)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));

        project.put("ownerUnitId", api.unitId(OWN_VILLAGE));
        long id = ownEditor.create(project);
        assertThat(ownEditor.content(id).get("ownerUnitId").asLong()).isEqualTo(api.unitId(OWN_VILLAGE));
    }

    @Test
    void anEditorKeepsTheUnitABannerEditorCredited() throws Exception {
        Map<String, Object> project = ContentSamples.of(ContentKind.BRAND_PROJECT, ownUnit, "旗里认定的品牌项目");
        project.put("ownerUnitId", api.unitId(OTHER));
        long id = api.newUser("naiman", Role.EDITOR).create(project);

        project.put("version", 1);
        project.put("summary", "镇里补充的简介");
        api.newUser(OWN, Role.EDITOR)
                .put("/api/admin/v1/contents/{id}", project, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerUnitId").value(api.unitId(OTHER)));
    }

    @Test
    void bannerReviewerApprovesTownshipContent() throws Exception {
        AdminApi.Session bannerReviewer = api.newUser("naiman", Role.REVIEWER);

        bannerReviewer
                .action(ownItem, "approve")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void onlyAdministratorsManageUsersUnitsAndSettings() throws Exception {
        AdminApi.Session reviewer = api.newUser(OWN, Role.REVIEWER, Role.EDITOR);
        for (String endpoint : List.of(
                "GET /api/admin/v1/users",
                "POST /api/admin/v1/users",
                "POST /api/admin/v1/org-units",
                "PUT /api/admin/v1/settings/review-levels",
                "GET /api/admin/v1/audit-log",
                "POST /api/admin/v1/festivals")) {
            call(reviewer, endpoint).andExpect(status().isForbidden());
        }
        reviewer.get("/api/admin/v1/org-units").andExpect(status().isOk());
    }

    @Test
    void townshipAdministratorManagesOnlyTheirOwnPeople() throws Exception {
        AdminApi.Session townshipAdmin = api.newUser(OTHER, Role.ADMIN);
        Map<String, Object> outsideUser = Map.of(
                "username",
                "outside-" + System.nanoTime(),
                "displayName",
                "越权账号",
                "orgUnitId",
                ownUnit,
                "roles",
                List.of("EDITOR"),
                "password",
                "password-123");

        townshipAdmin.post("/api/admin/v1/users", outsideUser).andExpect(status().isForbidden());
        JsonNode visible = api.read(townshipAdmin.get("/api/admin/v1/users"));
        assertThat(visible.findValuesAsText("orgUnitName")).allMatch(name -> !name.equals("青龙掌镇"));
        townshipAdmin.get("/api/admin/v1/users/1").andExpect(status().isNotFound());
    }

    @Test
    void anonymousCallersGetUnauthorizedOnEveryAdminEndpoint() throws Exception {
        for (String url : List.of(
                "/api/admin/v1/contents",
                "/api/admin/v1/users",
                "/api/admin/v1/auth/me",
                "/api/admin/v1/org-units",
                "/api/admin/v1/festivals",
                "/api/admin/v1/audit-log")) {
            mvc.perform(get(url))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
        }
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);

        mvc.perform(post("/api/admin/v1/contents")
                        .session(editor.http())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"POSTER\",\"title\":\"x\",\"orgUnitId\":" + ownUnit + "}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CSRF_INVALID"));
    }

    private ResultActions call(AdminApi.Session session, String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String url = parts[1];
        Map<String, Object> body = Map.of("reason", "测试", "version", 1);
        return switch (parts[0]) {
            case "GET" -> session.get(url, ownItem);
            case "PUT" ->
                session.put(
                        url,
                        url.contains("contents")
                                ? withVersion(ContentSamples.of(ContentKind.AUDIO, ownUnit, "篡改"))
                                : Map.of("levels", 2),
                        ownItem);
            case "DELETE" -> session.delete(url, ownItem);
            default -> session.post(url, url.contains("/users") ? Map.of("username", "x") : body, ownItem);
        };
    }

    private static Map<String, Object> withVersion(Map<String, Object> fields) {
        fields.put("version", 2);
        return fields;
    }
}
