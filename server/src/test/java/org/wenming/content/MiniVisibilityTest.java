package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** Only PUBLISHED content inside its window reaches residents, through every mini endpoint. */
@IntegrationTest
class MiniVisibilityTest {

    private static final String TOWNSHIP = "zhian-zhen";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ContentWorkflow workflow;

    AdminApi.Desk desk;
    AdminApi.Session editor;
    AdminApi.Session reviewer;
    long unitId;

    @BeforeEach
    void setUp() {
        desk = api.desk(TOWNSHIP);
        unitId = desk.unitId();
        editor = desk.editor();
        reviewer = desk.reviewer();
    }

    @Test
    void unpublishedContentNeverReachesResidents() throws Exception {
        String marker = "隐藏测试" + System.nanoTime();
        List<Long> hidden = new ArrayList<>();
        hidden.add(editor.create(item(ContentKind.FESTIVAL_ITEM, marker + "草稿")));
        long submitted = editor.create(item(ContentKind.FESTIVAL_ITEM, marker + "待审"));
        editor.action(submitted, "submit");
        hidden.add(submitted);
        long rejected = editor.create(item(ContentKind.FESTIVAL_ITEM, marker + "退回"));
        editor.action(rejected, "submit");
        reviewer.post("/api/admin/v1/contents/{id}/reject", Map.of("reason", "不合格"), rejected);
        hidden.add(rejected);
        long approved = approved(marker + "已审未发");
        hidden.add(approved);
        long future = approved(marker + "定时");
        reviewer.post(
                "/api/admin/v1/contents/{id}/publish",
                Map.of("publishAt", LocalDateTime.now(clock).plusDays(1).toString()),
                future);
        hidden.add(future);
        long offline = published(marker + "已下线");
        reviewer.action(offline, "offline");
        hidden.add(offline);
        long visible = published(marker + "已发布");

        String list = mvc.perform(get("/api/mini/v1/contents?kind=FESTIVAL_ITEM&festival=DUANWU&size=50"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(marker + "已发布");
        for (long id : hidden) {
            mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/mini/v1/contents/{id}", visible)).andExpect(status().isOk());
        String everything = list
                + mvc.perform(get("/api/mini/v1/home"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                + mvc.perform(get("/api/mini/v1/festivals/upcoming"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        for (String state : List.of("草稿", "待审", "退回", "已审未发", "定时", "已下线")) {
            assertThat(everything).doesNotContain(marker + state);
        }
    }

    @Test
    void expiredContentDisappearsAtTheEndOfItsWindowEvenBeforeTheSchedulerRuns() throws Exception {
        long id = approved("限时内容" + System.nanoTime());
        reviewer.post(
                "/api/admin/v1/contents/{id}/publish",
                Map.of("offlineAt", LocalDateTime.now(clock).plusHours(1).toString()),
                id);
        mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isOk());

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void scheduledContentAppearsAtItsTime() throws Exception {
        long id = approved("定时上线" + System.nanoTime());
        reviewer.post(
                "/api/admin/v1/contents/{id}/publish",
                Map.of("publishAt", LocalDateTime.now(clock).plusHours(3).toString()),
                id);
        mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isNotFound());

        clock.advance(Duration.ofHours(3).plusMinutes(1));
        workflow.runDueTransitions();

        mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isOk());
    }

    @Test
    void deletedContentIsGoneFromMiniAndAdmin() throws Exception {
        long id = published("删除测试" + System.nanoTime());
        reviewer.action(id, "offline");

        editor.delete("/api/admin/v1/contents/{id}", id).andExpect(status().isNoContent());

        mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isNotFound());
        editor.get("/api/admin/v1/contents/{id}", id).andExpect(status().isNotFound());
    }

    @Test
    void detailShowsResidentsNoWorkflowData() throws Exception {
        long id = published("公开字段" + System.nanoTime());

        JsonNode detail = api.read(mvc.perform(get("/api/mini/v1/contents/{id}", id)));
        assertThat(detail.get("orgUnitName").asText()).isEqualTo("治安镇");
        assertThat(detail.has("status")).isFalse();
        assertThat(detail.has("createdBy")).isFalse();
        assertThat(detail.has("rejectReason")).isFalse();
        assertThat(detail.has("version")).isFalse();
    }

    private Map<String, Object> item(ContentKind kind, String title) {
        return ContentSamples.of(kind, unitId, title);
    }

    private long approved(String title) {
        return desk.approved(item(ContentKind.FESTIVAL_ITEM, title));
    }

    private long published(String title) {
        return desk.published(item(ContentKind.FESTIVAL_ITEM, title));
    }
}
