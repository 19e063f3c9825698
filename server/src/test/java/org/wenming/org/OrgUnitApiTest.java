package org.wenming.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

@IntegrationTest
class OrgUnitApiTest {

    @Autowired
    AdminApi api;

    @Test
    void administratorAddsRenamesAndRemovesAVillage() throws Exception {
        long township = api.unitId("tuchengzi-xiang");
        String code = "tuchengzi-xiang-test-" + System.nanoTime();
        Map<String, Object> village = Map.of("parentId", township, "code", code, "name", "测试村", "type", "VILLAGE");

        JsonNode created =
                api.read(api.admin().post("/api/admin/v1/org-units", village).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        api.admin()
                .put("/api/admin/v1/org-units/{id}", Map.of("code", code, "name", "改名村", "type", "VILLAGE"), id)
                .andExpect(jsonPath("$.name").value("改名村"));
        api.admin().delete("/api/admin/v1/org-units/{id}", id).andExpect(status().isNoContent());

        api.admin().get("/api/admin/v1/org-units/{id}", id).andExpect(status().isNotFound());
    }

    @Test
    void unitsInUseOrWithChildrenAreNotDeleted() throws Exception {
        api.admin()
                .delete("/api/admin/v1/org-units/{id}", api.unitId("tuchengzi-xiang"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ORG_UNIT_IN_USE"));
        assertThat(api.unitId("tuchengzi-xiang")).isPositive();
    }

    @Test
    void townshipAdministratorCannotAddUnitsElsewhere() throws Exception {
        AdminApi.Session townshipAdmin = api.newUser("tuchengzi-xiang", Role.ADMIN);
        Map<String, Object> elsewhere = Map.of(
                "parentId",
                api.unitId("weiliansu-xiang"),
                "code",
                "x-" + System.nanoTime(),
                "name",
                "越权村",
                "type",
                "VILLAGE");

        townshipAdmin.post("/api/admin/v1/org-units", elsewhere).andExpect(status().isForbidden());
    }

    @Test
    void codesAreUniqueAndImmutable() throws Exception {
        long township = api.unitId("tuchengzi-xiang");
        api.admin()
                .post(
                        "/api/admin/v1/org-units",
                        Map.of("parentId", township, "code", "naiman", "name", "重复", "type", "VILLAGE"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE"));
        api.admin()
                .put(
                        "/api/admin/v1/org-units/{id}",
                        Map.of("code", "renamed", "name", "土城子乡", "type", "TOWNSHIP"),
                        township)
                .andExpect(status().isBadRequest());
    }
}
