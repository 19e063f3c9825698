package org.wenming.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/**
 * A township administrator reads the audit entries of their subtree (its people's actions and what was done
 * to its objects); the banner office reads every entry.
 */
@IntegrationTest
class AuditLogScopeTest {

    private static final String OWN = "qinglongzhang-zhen";
    private static final String OTHER = "dongming-zhen";

    @Autowired
    AdminApi api;

    String marker;
    AdminApi.Session otherAdmin;

    @BeforeEach
    void setUp() {
        marker = "审计范围" + System.nanoTime();
        otherAdmin = api.newUser(OTHER, Role.ADMIN);
    }

    @Test
    void anotherTownshipsDraftsAndLoginsStayOutOfATownshipsLog() throws Exception {
        AdminApi.Session ownEditor = api.newUser(OWN, Role.EDITOR);
        long draft = ownEditor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), marker));
        AdminApi.Session ownAdmin = api.newUser(OWN, Role.ADMIN);

        assertThat(details(otherAdmin, "targetType=CONTENT&targetId=" + draft)).isEmpty();
        assertThat(details(otherAdmin, "actorId=" + ownEditor.userId())).isEmpty();
        assertThat(details(ownAdmin, "targetType=CONTENT&targetId=" + draft)).containsExactly(marker);
        assertThat(actions(ownAdmin, "actorId=" + ownEditor.userId())).contains("LOGIN", "CONTENT_CREATE");
        assertThat(details(api.admin(), "targetType=CONTENT&targetId=" + draft)).containsExactly(marker);
    }

    @Test
    void whatTheBannerOfficeDoesToATownshipIsInThatTownshipsLog() throws Exception {
        AdminApi.Session bannerEditor = api.newUser("naiman", Role.EDITOR);
        long item = bannerEditor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OTHER), marker));
        bannerEditor.delete("/api/admin/v1/contents/{id}", item).andExpect(status().isNoContent());

        assertThat(actions(otherAdmin, "targetType=CONTENT&targetId=" + item))
                .containsExactly("CONTENT_DELETE", "CONTENT_CREATE");
        assertThat(details(api.newUser(OWN, Role.ADMIN), "targetType=CONTENT&targetId=" + item))
                .isEmpty();
    }

    @Test
    void entriesAboutObjectsOfNoUnitAreTheBannerOfficesAlone() throws Exception {
        api.admin()
                .put("/api/admin/v1/settings/review-levels", Map.of("levels", 1))
                .andExpect(status().isOk());

        assertThat(actions(api.admin(), "action=REVIEW_LEVELS_SET")).isNotEmpty();
        assertThat(actions(otherAdmin, "action=REVIEW_LEVELS_SET")).isEmpty();
    }

    @Test
    void aTownshipAdministratorSeesTheirOwnPeopleBeingCreated() throws Exception {
        AdminApi.Session created = api.newUser(OTHER, Role.EDITOR);

        assertThat(actions(otherAdmin, "targetType=USER&targetId=" + created.userId()))
                .contains("USER_CREATE");
        assertThat(actions(api.newUser(OWN, Role.ADMIN), "targetType=USER&targetId=" + created.userId()))
                .isEmpty();
    }

    private List<String> details(AdminApi.Session reader, String filter) {
        return field(reader, filter, "detail");
    }

    private List<String> actions(AdminApi.Session reader, String filter) {
        return field(reader, filter, "action");
    }

    private List<String> field(AdminApi.Session reader, String filter, String name) {
        JsonNode page = api.read(reader.get("/api/admin/v1/audit-log?size=100&" + filter));
        return AdminApi.names(page.get("items"), name);
    }
}
