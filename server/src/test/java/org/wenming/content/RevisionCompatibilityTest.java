package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/**
 * Revisions stored before the fields of each kind became nested records still read, restore and answer
 * in the flat JSON the console knows; validation answers keep naming the flat fields.
 */
@IntegrationTest
class RevisionCompatibilityTest {

    private static final String TOWNSHIP = "baxiantong-zhen";
    private static final int OLD_REVISION = 50;

    @Autowired
    AdminApi api;

    @Autowired
    ContentRevisionMapper revisions;

    AdminApi.Session editor;
    long unitId;

    @BeforeEach
    void setUp() {
        unitId = api.unitId(TOWNSHIP);
        editor = api.newUser(TOWNSHIP, Role.EDITOR);
    }

    @Test
    void oldSnapshotsAnswerUnchangedAndRestoreEveryField() throws Exception {
        assertThat(unitId).as("the fixture names this township by its id").isEqualTo(6);
        for (String snapshot : ContentFieldsJsonTest.snapshots()) {
            ContentKind kind = ContentKind.valueOf(kindOf(snapshot));
            long id = editor.create(ContentSamples.of(kind, unitId, "恢复旧版快照"));
            storeOldRevision(id, snapshot);

            assertThat(body(editor.get("/api/admin/v1/contents/{id}/revisions/{v}", id, OLD_REVISION)))
                    .isEqualTo(asAnswered(snapshot));

            editor.post("/api/admin/v1/contents/{id}/revisions/{v}/restore", Map.of("version", 1), id, OLD_REVISION)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(2));
            assertThat(body(editor.get("/api/admin/v1/contents/{id}/revisions/2", id)))
                    .isEqualTo(asAnswered(snapshot).replace("\"version\":1}", "\"version\":2}"));
        }
    }

    @Test
    void aRestoredBrandProjectShowsItsFieldsFlatInTheView() throws Exception {
        String snapshot = ContentFieldsJsonTest.snapshots().get(3);
        long id = editor.create(ContentSamples.of(ContentKind.BRAND_PROJECT, unitId, "恢复品牌项目"));
        storeOldRevision(id, snapshot);

        editor.post("/api/admin/v1/contents/{id}/revisions/{v}/restore", Map.of("version", 1), id, OLD_REVISION);

        JsonNode view = editor.content(id);
        assertThat(view.has("brandProject")).isFalse();
        assertThat(view.get("volunteerTeam").asText()).isEqualTo("文明实践志愿服务队");
        assertThat(view.get("ownerUnitId").asLong()).isEqualTo(unitId);
        assertThat(view.get("activityCount").asInt()).isEqualTo(12);
        assertThat(view.get("servedCount").asInt()).isEqualTo(300);
        assertThat(view.get("galleryKeys").get(0).asText()).isEqualTo(ContentFieldsJsonTest.IMAGE);
        assertThat(view.get("projectYear").asInt()).isEqualTo(2026);
        assertThat(view.get("origin").asText()).isEqualTo("NEW");
        assertThat(view.get("title").asText()).isEqualTo("旧版快照品牌项目");
    }

    @Test
    void validationNamesTheFlatFieldsOfEveryKind() throws Exception {
        Map<String, Object> fields = ContentSamples.of(ContentKind.BRAND_PROJECT, unitId, "字段名");
        fields.put("volunteerTeam", "队".repeat(101));
        fields.put("galleryKeys", List.of(ContentSamples.IMAGE_KEY, "https://evil.example/a.png"));
        fields.put("durationSeconds", 0);
        fields.put("quote", "金".repeat(501));
        fields.put("activityPlace", "地".repeat(201));
        fields.put("activityTime", LocalDateTime.of(2027, 6, 9, 9, 0).toString());

        JsonNode problem = api.read(editor.post("/api/admin/v1/contents", fields)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")));

        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "volunteerTeam", "galleryKeys[1]", "durationSeconds", "quote", "activityPlace");
    }

    @Test
    void theApiDocumentDescribesTheFlatFields() throws Exception {
        JsonNode schemas =
                api.read(editor.get("/v3/api-docs")).get("components").get("schemas");

        for (String schema : List.of("ContentFields", "ContentView")) {
            JsonNode properties = schemas.get(schema).get("properties");
            assertThat(properties.has("volunteerTeam") && properties.has("mediaKey") && properties.has("quote"))
                    .as(schema)
                    .isTrue();
            assertThat(properties.has("brandProject") || properties.has("audio"))
                    .as(schema)
                    .isFalse();
        }
    }

    private void storeOldRevision(long id, String snapshot) {
        ContentRevision revision = new ContentRevision();
        revision.setContentId(id);
        revision.setVersion(OLD_REVISION);
        revision.setSnapshot(snapshot);
        revision.setEditorName(editor.username());
        revision.setCreatedAt(LocalDateTime.of(2026, 11, 1, 8, 0));
        revisions.insert(revision);
    }

    /** The snapshot as the API writes it: unchanged but for its date-times, which carry the office's offset. */
    private static String asAnswered(String snapshot) {
        return snapshot.replaceAll("(\"activityTime\":\"[0-9-]{10}T[0-9:]{8})\"", "$1+08:00\"");
    }

    private static String kindOf(String snapshot) {
        return snapshot.substring("{\"kind\":\"".length(), snapshot.indexOf('"', "{\"kind\":\"".length()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
