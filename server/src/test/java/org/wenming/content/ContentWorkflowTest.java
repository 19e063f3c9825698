package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

@IntegrationTest
class ContentWorkflowTest {

    private static final String TOWNSHIP = "baxiantong-zhen";

    @Autowired
    AdminApi api;

    @Autowired
    ContentWorkflow workflow;

    @Autowired
    MutableClock clock;

    AdminApi.Session editor;
    AdminApi.Session reviewer;
    long unitId;

    @BeforeEach
    void setUp() {
        AdminApi.Desk desk = api.desk(TOWNSHIP);
        unitId = desk.unitId();
        editor = desk.editor();
        reviewer = desk.reviewer();
        setReviewLevels(1);
    }

    @AfterEach
    void restoreReviewLevels() {
        setReviewLevels(1);
    }

    @Test
    void draftGoesThroughReviewToPublishedAndOffline() throws Exception {
        long id = editor.create(ContentSamples.of(ContentKind.AUDIO, unitId, "广播：党的声音进万家"));

        editor.action(id, "submit")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        reviewer.action(id, "approve").andExpect(jsonPath("$.status").value("APPROVED"));
        reviewer.action(id, "publish")
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());
        reviewer.post("/api/admin/v1/contents/{id}/offline", Map.of("reason", "活动结束"), id)
                .andExpect(jsonPath("$.status").value("OFFLINE"));

        JsonNode history = api.read(editor.get("/api/admin/v1/contents/{id}/transitions", id));
        assertThat(AdminApi.names(history, "action"))
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "PUBLISH", "OFFLINE");
        assertThat(history.get(2).get("actorName").asText()).isEqualTo("测试用户" + reviewer.username());
        assertThat(history.get(4).get("reason").asText()).isEqualTo("活动结束");
    }

    @Test
    void theReviewQueueNamesWhoSubmittedAndWhen() {
        long id = editor.create(ContentSamples.of(ContentKind.POSTER, unitId, "待审海报" + System.nanoTime()));
        editor.action(id, "submit");

        JsonNode queue = api.read(reviewer.get("/api/admin/v1/contents?awaitingReview=true&size=100"));
        JsonNode row = StreamSupport.stream(queue.get("items").spliterator(), false)
                .filter(item -> item.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.get("submittedByName").asText()).isEqualTo("测试用户" + editor.username());
        assertThat(row.get("submittedAt").asText()).isNotEmpty();
    }

    @Test
    void atTheSecondReviewLevelTheQueueStillNamesTheEditorWhoSubmitted() throws Exception {
        setReviewLevels(2);
        long id = editor.create(ContentSamples.of(ContentKind.POSTER, unitId, "二级审核海报" + System.nanoTime()));
        editor.action(id, "submit");
        reviewer.action(id, "approve").andExpect(jsonPath("$.reviewStage").value(1));

        JsonNode queue = api.read(api.admin().get("/api/admin/v1/contents?awaitingReview=true&size=100"));
        JsonNode row = StreamSupport.stream(queue.get("items").spliterator(), false)
                .filter(item -> item.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.get("submittedByName").asText()).isEqualTo("测试用户" + editor.username());
    }

    @Test
    void rejectionReturnsTheItemWithItsReasonAndItCanBeResubmitted() {
        long id = editor.create(ContentSamples.of(ContentKind.POSTER, unitId, "平语近人海报"));
        editor.action(id, "submit");

        reviewer.post("/api/admin/v1/contents/{id}/reject", Map.of("reason", "出处需要核实"), id);

        JsonNode rejected = editor.content(id);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectReason").asText()).isEqualTo("出处需要核实");
        Map<String, Object> fixed = ContentSamples.of(ContentKind.POSTER, unitId, "平语近人海报（修改）");
        fixed.put("version", rejected.get("version").asInt());
        editor.put("/api/admin/v1/contents/{id}", fixed, id);
        assertThat(api.read(editor.action(id, "submit")).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void rejectingWithoutAReasonIsRefused() throws Exception {
        long id = submitted(ContentKind.FESTIVAL_ITEM);

        reviewer.post("/api/admin/v1/contents/{id}/reject", Map.of("reason", " "), id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        assertThat(editor.content(id).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void forbiddenTransitionsAnswerConflictAndChangeNothing() throws Exception {
        long draft = editor.create(ContentSamples.of(ContentKind.BRAND_PROJECT, unitId, "品牌项目草稿"));

        reviewer.action(draft, "approve")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        reviewer.action(draft, "publish").andExpect(status().isConflict());
        reviewer.action(draft, "offline").andExpect(status().isConflict());
        editor.action(draft, "withdraw").andExpect(status().isConflict());

        long published = published(ContentKind.BRAND_PROJECT);
        editor.action(published, "submit").andExpect(status().isConflict());
        reviewer.action(published, "approve").andExpect(status().isConflict());
        editor.delete("/api/admin/v1/contents/{id}", published).andExpect(status().isConflict());

        assertThat(editor.content(draft).get("status").asText()).isEqualTo("DRAFT");
        assertThat(editor.content(published).get("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void editorsCannotApproveOrPublish() throws Exception {
        long id = submitted(ContentKind.AUDIO);
        AdminApi.Session otherEditor = api.newUser(TOWNSHIP, Role.EDITOR);

        otherEditor
                .action(id, "approve")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        reviewer.action(id, "approve");
        otherEditor.action(id, "publish").andExpect(status().isForbidden());
        assertThat(editor.content(id).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void nobodyApprovesTheirOwnContent() throws Exception {
        AdminApi.Session writingReviewer = api.newUser(TOWNSHIP, Role.EDITOR, Role.REVIEWER);
        long id = writingReviewer.create(ContentSamples.of(ContentKind.POSTER, unitId, "审核员自己写的海报"));
        writingReviewer.action(id, "submit");

        writingReviewer
                .action(id, "approve")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        assertThat(writingReviewer.content(id).get("reviewStage").asInt()).isZero();
    }

    @Test
    void threeLevelReviewNeedsThreeDifferentReviewers() throws Exception {
        setReviewLevels(3);
        AdminApi.Session second = api.newUser(TOWNSHIP, Role.REVIEWER);
        AdminApi.Session third = api.newUser("naiman", Role.REVIEWER);
        long id = submitted(ContentKind.AUDIO);

        reviewer.action(id, "approve")
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.reviewStage").value(1));
        reviewer.action(id, "approve")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("REVIEWER_ALREADY_APPROVED"));
        second.action(id, "approve")
                .andExpect(jsonPath("$.reviewStage").value(2))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        third.action(id, "approve")
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.reviewLevels").value(3));
    }

    @Test
    void oneLevelReviewApprovesAtOnce() throws Exception {
        long id = submitted(ContentKind.FESTIVAL_ITEM);

        reviewer.action(id, "approve")
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.reviewLevels").value(1));
    }

    @Test
    void scheduledItemIsPublishedAndTakenOfflineWhenTheClockReachesItsTimes() throws Exception {
        long id = approved(ContentKind.AUDIO);
        LocalDateTime now = LocalDateTime.now(clock);
        reviewer.post(
                        "/api/admin/v1/contents/{id}/publish",
                        Map.of(
                                "publishAt",
                                now.plusHours(2).toString(),
                                "offlineAt",
                                now.plusDays(3).toString()),
                        id)
                .andExpect(jsonPath("$.status").value("SCHEDULED"));

        workflow.runDueTransitions();
        assertThat(editor.content(id).get("status").asText()).isEqualTo("SCHEDULED");

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        workflow.runDueTransitions();
        assertThat(editor.content(id).get("status").asText()).isEqualTo("PUBLISHED");

        clock.advance(Duration.ofDays(3));
        workflow.runDueTransitions();
        assertThat(editor.content(id).get("status").asText()).isEqualTo("OFFLINE");
        JsonNode history = api.read(editor.get("/api/admin/v1/contents/{id}/transitions", id));
        assertThat(AdminApi.names(history, "action")).endsWith("SCHEDULE", "PUBLISH", "EXPIRE");
        assertThat(history.get(history.size() - 1).get("actorName").asText()).isEqualTo("系统");
    }

    @Test
    void runningTheSchedulerTwiceMovesEachItemOnce() throws Exception {
        long id = approved(ContentKind.POSTER);
        reviewer.post(
                "/api/admin/v1/contents/{id}/publish",
                Map.of("publishAt", LocalDateTime.now(clock).plusMinutes(5).toString()),
                id);
        clock.advance(Duration.ofMinutes(6));

        workflow.runDueTransitions();
        workflow.runDueTransitions();

        JsonNode history = api.read(editor.get("/api/admin/v1/contents/{id}/transitions", id));
        assertThat(AdminApi.names(history, "action").stream().filter("PUBLISH"::equals))
                .hasSize(1);
    }

    @Test
    void offlineWindowMustEndAfterItStarts() throws Exception {
        long id = approved(ContentKind.AUDIO);
        LocalDateTime now = LocalDateTime.now(clock);

        reviewer.post(
                        "/api/admin/v1/contents/{id}/publish",
                        Map.of(
                                "publishAt",
                                now.plusDays(2).toString(),
                                "offlineAt",
                                now.plusDays(1).toString()),
                        id)
                .andExpect(status().isBadRequest());
        assertThat(editor.content(id).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void staleEditIsRefusedAndKeepsTheNewerText() throws Exception {
        long id = editor.create(ContentSamples.of(ContentKind.POSTER, unitId, "第一版"));
        Map<String, Object> second = ContentSamples.of(ContentKind.POSTER, unitId, "第二版");
        second.put("version", 1);
        editor.put("/api/admin/v1/contents/{id}", second, id).andExpect(status().isOk());

        Map<String, Object> stale = ContentSamples.of(ContentKind.POSTER, unitId, "基于第一版的修改");
        stale.put("version", 1);
        editor.put("/api/admin/v1/contents/{id}", stale, id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        assertThat(editor.content(id).get("title").asText()).isEqualTo("第二版");
    }

    @Test
    void everyEditIsARevisionThatCanBeRestored() throws Exception {
        long id = editor.create(ContentSamples.of(ContentKind.AUDIO, unitId, "原始标题"));
        Map<String, Object> edit = ContentSamples.of(ContentKind.AUDIO, unitId, "改过的标题");
        edit.put("version", 1);
        editor.put("/api/admin/v1/contents/{id}", edit, id);

        JsonNode revisions = api.read(editor.get("/api/admin/v1/contents/{id}/revisions", id));
        assertThat(AdminApi.names(revisions, "version")).containsExactly("2", "1");
        assertThat(api.read(editor.get("/api/admin/v1/contents/{id}/revisions/1", id))
                        .get("title")
                        .asText())
                .isEqualTo("原始标题");

        editor.post("/api/admin/v1/contents/{id}/revisions/1/restore", Map.of("version", 2), id)
                .andExpect(jsonPath("$.title").value("原始标题"))
                .andExpect(jsonPath("$.version").value(3));
        assertThat(api.read(editor.get("/api/admin/v1/contents/{id}/revisions", id)))
                .hasSize(3);
    }

    @Test
    void editingAnOfflineItemSendsItBackThroughReview() throws Exception {
        long id = published(ContentKind.AUDIO);
        reviewer.action(id, "offline");
        Map<String, Object> edit = ContentSamples.of(ContentKind.AUDIO, unitId, "下线后修改");
        edit.put("version", editor.content(id).get("version").asInt());

        editor.put("/api/admin/v1/contents/{id}", edit, id)
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void publishedItemsAreCorrectedOnlyByReviewersAndTheCorrectionWaitsForReview() throws Exception {
        long id = published(ContentKind.POSTER);
        String live = editor.content(id).get("title").asText();
        Map<String, Object> edit = ContentSamples.of(ContentKind.POSTER, unitId, "更正后的标题");
        edit.put("version", editor.content(id).get("version").asInt());

        editor.put("/api/admin/v1/contents/{id}", edit, id).andExpect(status().isForbidden());
        reviewer.put("/api/admin/v1/contents/{id}", edit, id)
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.title").value(live))
                .andExpect(jsonPath("$.pendingRevision.status").value("PENDING"));
    }

    @Test
    void incompleteItemCannotBeSubmitted() throws Exception {
        Map<String, Object> fields = ContentSamples.of(ContentKind.AUDIO, unitId, "缺少音频");
        fields.remove("mediaKey");
        long id = editor.create(fields);

        editor.action(id, "submit")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CONTENT_INCOMPLETE"))
                .andExpect(jsonPath("$.errors[0].field").value("mediaKey"));
    }

    @Test
    void authorCanWithdrawASubmission() throws Exception {
        long id = submitted(ContentKind.POSTER);

        editor.action(id, "withdraw").andExpect(jsonPath("$.status").value("DRAFT"));
    }

    private void setReviewLevels(int levels) {
        api.admin().put("/api/admin/v1/settings/review-levels", Map.of("levels", levels));
    }

    private long submitted(ContentKind kind) {
        long id = editor.create(ContentSamples.of(kind, unitId, kind.label() + "待审"));
        editor.action(id, "submit");
        return id;
    }

    private long approved(ContentKind kind) {
        long id = submitted(kind);
        reviewer.action(id, "approve");
        return id;
    }

    private long published(ContentKind kind) {
        long id = approved(kind);
        reviewer.action(id, "publish");
        return id;
    }
}
