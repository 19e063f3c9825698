package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

@IntegrationTest
class ContentStatsApiTest {

    private static final String STATS = "/api/admin/v1/contents/stats";
    private static final String TARGETS = "/api/admin/v1/contents/brand-project-targets";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Test
    void countsItemsByKindAndStatusInsideTheEditorsScopeOnly() throws Exception {
        String township = newUnit("TOWNSHIP");
        AdminApi.Session editor = api.newUser(township, Role.EDITOR);
        long unit = api.unitId(township);
        editor.create(ContentSamples.of(ContentKind.AUDIO, unit, "统计音频一"));
        editor.create(ContentSamples.of(ContentKind.AUDIO, unit, "统计音频二"));
        long poster = editor.create(ContentSamples.of(ContentKind.POSTER, unit, "统计海报"));
        editor.action(poster, "submit").andExpect(status().isOk());

        JsonNode stats = api.read(editor.get(STATS).andExpect(status().isOk()));

        assertThat(stats.get("total").asLong()).isEqualTo(3);
        assertThat(count(stats, "AUDIO", "DRAFT")).isEqualTo(2);
        assertThat(count(stats, "POSTER", "SUBMITTED")).isEqualTo(1);
        assertThat(stats.get("counts")).hasSize(2);
        assertThat(stats.get("counts").get(0).get("kindLabel").asText()).isEqualTo("广播音频");
        assertThat(stats.get("counts").get(0).get("statusLabel").asText()).isEqualTo("草稿");
    }

    @Test
    void bannerAdministratorSeesTheSamplePackInTheFigures() throws Exception {
        JsonNode stats = api.read(api.admin().get(STATS));

        assertThat(count(stats, "BRAND_PROJECT", "PUBLISHED")).isGreaterThanOrEqualTo(10);
        assertThat(stats.get("total").asLong()).isGreaterThanOrEqualTo(35);
    }

    @Test
    void townshipMeetsItsBrandProjectTargetWithTwoPublishedProjects() throws Exception {
        String township = newUnit("TOWNSHIP");
        long unit = api.unitId(township);
        AdminApi.Session editor = api.newUser(township, Role.EDITOR);
        AdminApi.Session reviewer = api.newUser(township, Role.REVIEWER);
        long first = publishedProject(editor, reviewer, unit, "品牌项目甲");
        long second = 0;
        try {
            editor.create(ContentSamples.of(ContentKind.BRAND_PROJECT, unit, "品牌项目草稿"));
            JsonNode one = row(api.read(editor.get(TARGETS)), unit);
            assertThat(one.get("published").asLong()).isEqualTo(1);
            assertThat(one.get("inProgress").asLong()).isEqualTo(1);
            assertThat(one.get("target").asInt()).isEqualTo(2);
            assertThat(one.get("belowTarget").asBoolean()).isTrue();
            assertThat(one.get("typeLabel").asText()).isEqualTo("苏木乡镇");

            second = publishedProject(editor, reviewer, unit, "品牌项目乙");
            JsonNode two = row(api.read(editor.get(TARGETS)), unit);
            assertThat(two.get("published").asLong()).isEqualTo(2);
            assertThat(two.get("belowTarget").asBoolean()).isFalse();
        } finally {
            // Other suites count the published brand projects of the shared database.
            reviewer.post("/api/admin/v1/contents/{id}/offline", null, first).andExpect(status().isOk());
            if (second != 0) {
                reviewer.post("/api/admin/v1/contents/{id}/offline", null, second)
                        .andExpect(status().isOk());
            }
        }
        JsonNode after = row(api.read(editor.get(TARGETS)), unit);
        assertThat(after.get("published").asLong()).isZero();
    }

    @Test
    void departmentCountsTheProjectsItIsResponsibleFor() throws Exception {
        String department = newUnit("DEPARTMENT");
        long departmentId = api.unitId(department);
        String township = newUnit("TOWNSHIP");
        Map<String, Object> fields = ContentSamples.of(ContentKind.BRAND_PROJECT, api.unitId(township), "部门牵头项目");
        fields.put("ownerUnitId", departmentId);
        // Crediting a unit outside one's own subtree is the banner office's to do.
        api.admin().create(fields);

        JsonNode row = row(api.read(api.admin().get(TARGETS)), departmentId);

        assertThat(row.get("unitType").asText()).isEqualTo("DEPARTMENT");
        assertThat(row.get("target").asInt()).isEqualTo(1);
        assertThat(row.get("inProgress").asLong()).isEqualTo(1);
        assertThat(row.get("belowTarget").asBoolean()).isTrue();
    }

    @Test
    void townshipEditorSeesOnlyTheirOwnTownshipAgainstTheTarget() throws Exception {
        AdminApi.Session editor = api.newUser("mingren-sumu", Role.EDITOR);

        JsonNode rows = api.read(editor.get(TARGETS).andExpect(status().isOk()));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("unitName").asText()).isEqualTo("明仁苏木");
        JsonNode banner = api.read(api.admin().get(TARGETS));
        assertThat(StreamSupport.stream(banner.spliterator(), false)
                        .map(r -> r.get("unitType").asText()))
                .contains("TOWNSHIP", "SUBDISTRICT", "DEPARTMENT")
                .doesNotContain("VILLAGE", "BANNER");
    }

    @Test
    void figuresNeedASignedInAdministrator() throws Exception {
        mvc.perform(get(STATS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
        mvc.perform(get(TARGETS)).andExpect(status().isUnauthorized());
    }

    private long publishedProject(AdminApi.Session editor, AdminApi.Session reviewer, long unit, String title)
            throws Exception {
        long id = editor.create(ContentSamples.of(ContentKind.BRAND_PROJECT, unit, title));
        editor.action(id, "submit").andExpect(status().isOk());
        reviewer.action(id, "approve").andExpect(status().isOk());
        reviewer.action(id, "publish").andExpect(jsonPath("$.status").value("PUBLISHED"));
        return id;
    }

    /** A fresh unit under the banner, so the figures of one test are not those of another. */
    private String newUnit(String type) throws Exception {
        String code = "stats-" + type.toLowerCase() + "-" + System.nanoTime();
        api.admin()
                .post(
                        "/api/admin/v1/org-units",
                        Map.of(
                                "parentId",
                                api.unitId("naiman"),
                                "code",
                                code,
                                "name",
                                "统计测试" + code.substring(code.length() - 6),
                                "type",
                                type))
                .andExpect(status().isCreated());
        return code;
    }

    private static long count(JsonNode stats, String kind, String status) {
        return StreamSupport.stream(stats.get("counts").spliterator(), false)
                .filter(c -> c.get("kind").asText().equals(kind)
                        && c.get("status").asText().equals(status))
                .mapToLong(c -> c.get("count").asLong())
                .sum();
    }

    private static JsonNode row(JsonNode rows, long unitId) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.get("unitId").asLong() == unitId)
                .findFirst()
                .orElseThrow();
    }
}
