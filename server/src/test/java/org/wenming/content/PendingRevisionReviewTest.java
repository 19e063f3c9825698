package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;

/**
 * Reviewed text never changes unreviewed: an edit of an approved item sends it back to review, and an edit
 * of a published item waits as a pending revision while residents keep reading the live version.
 */
@IntegrationTest
@RecordApplicationEvents
class PendingRevisionReviewTest {

    private static final String TOWNSHIP = "baxiantong-zhen";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    AdminApi.Desk desk;
    AdminApi.Session reviewer;
    AdminApi.Session otherReviewer;
    long unitId;

    @BeforeEach
    void setUp() {
        desk = api.desk(TOWNSHIP);
        unitId = desk.unitId();
        reviewer = desk.reviewer();
        otherReviewer = api.newUser(TOWNSHIP, Role.REVIEWER);
        setReviewLevels(1);
    }

    @AfterEach
    void restoreReviewLevels() {
        setReviewLevels(1);
    }

    @Test
    void anEditedApprovedItemGoesBackToReviewThatItsEditorCannotGive() throws Exception {
        long id = desk.approved(ContentSamples.of(ContentKind.POSTER, unitId, "审核通过的海报"));

        edit(reviewer, id, "审核员改过的海报")
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.reviewStage").value(0))
                .andExpect(jsonPath("$.title").value("审核员改过的海报"));
        reviewer.action(id, "publish").andExpect(status().isConflict());
        reviewer.action(id, "approve")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));

        otherReviewer.action(id, "approve").andExpect(jsonPath("$.status").value("APPROVED"));
        JsonNode edit = lastStep(id, "EDIT");
        assertThat(edit.get("actorName").asText()).isEqualTo("测试用户" + reviewer.username());
        assertThat(edit.get("fromStatus").asText()).isEqualTo("APPROVED");
        assertThat(edit.get("toStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(edit.get("version").isInt()).isTrue();
    }

    @Test
    void anAdministratorsEditOfAPublishedItemStaysOfflineFromResidentsUntilReviewed() throws Exception {
        String live = MiniApi.unique("线上标题");
        long id = desk.published(ContentSamples.of(ContentKind.AUDIO, unitId, live));
        AdminApi.Session admin = api.admin();
        String corrected = MiniApi.unique("更正标题");

        JsonNode saved = api.read(edit(admin, id, corrected).andExpect(status().isOk()));

        assertThat(saved.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(saved.get("title").asText()).isEqualTo(live);
        assertThat(saved.at("/pendingRevision/status").asText()).isEqualTo("PENDING");
        assertThat(saved.at("/pendingRevision/version").asInt())
                .isEqualTo(saved.get("version").asInt());
        assertThat(saved.at("/pendingRevision/editorName").asText()).isEqualTo("系统管理员");
        assertThat(residentTitle(id)).isEqualTo(live);
        assertThat(api.read(reviewer.get(
                                "/api/admin/v1/contents/{id}/revisions/{v}",
                                id,
                                saved.at("/pendingRevision/version").asInt()))
                        .get("title")
                        .asText())
                .isEqualTo(corrected);
        assertThat(awaitingReview()).contains(id);

        reviewer.action(id, "approve")
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.title").value(corrected))
                .andExpect(jsonPath("$.pendingRevision").doesNotExist());
        assertThat(residentTitle(id)).isEqualTo(corrected);
        assertThat(awaitingReview()).doesNotContain(id);
        assertThat(AdminApi.names(transitions(id), "action")).endsWith("PUBLISH", "EDIT", "REVISION_APPLY");
    }

    @Test
    void aRevisionGoingLiveIsNotAnnouncedAgain() throws Exception {
        long id = desk.published(ContentSamples.of(ContentKind.POSTER, unitId, "已公告的海报"));
        assertThat(announcements(id)).isEqualTo(1);

        edit(reviewer, id, "改过的海报");
        otherReviewer.action(id, "approve").andExpect(jsonPath("$.title").value("改过的海报"));

        assertThat(announcements(id)).isEqualTo(1);
    }

    @Test
    void aReviewerCannotApproveTheirOwnEditOfAPublishedItem() throws Exception {
        long id = desk.published(ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, "端午活动"));
        edit(reviewer, id, "端午活动（改期）");

        reviewer.action(id, "approve")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        reviewer.post("/api/admin/v1/contents/{id}/reject", Map.of("reason", "自己退回"), id)
                .andExpect(status().isForbidden());

        assertThat(reviewer.content(id).at("/pendingRevision/reviewStage").asInt())
                .isZero();
    }

    @Test
    void rejectingAPendingRevisionKeepsTheLiveVersion() throws Exception {
        String live = MiniApi.unique("线上海报");
        long id = desk.published(ContentSamples.of(ContentKind.POSTER, unitId, live));
        edit(reviewer, id, "有错的修改");

        otherReviewer
                .post("/api/admin/v1/contents/{id}/reject", Map.of("reason", "出处有误"), id)
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.title").value(live))
                .andExpect(jsonPath("$.pendingRevision").doesNotExist());

        assertThat(residentTitle(id)).isEqualTo(live);
        JsonNode rejection = lastStep(id, "REVISION_REJECT");
        assertThat(rejection.get("reason").asText()).isEqualTo("出处有误");
        JsonNode revisions = api.read(reviewer.get("/api/admin/v1/contents/{id}/revisions", id));
        assertThat(revisions.get(0).get("reviewStatus").asText()).isEqualTo("REJECTED");
    }

    @Test
    void takingAnItemOfflineIsImmediateAndLeavesItsEditPending() throws Exception {
        String live = MiniApi.unique("将下线");
        long id = desk.published(ContentSamples.of(ContentKind.AUDIO, unitId, live));
        edit(reviewer, id, "下线前的修改");

        reviewer.action(id, "offline")
                .andExpect(jsonPath("$.status").value("OFFLINE"))
                .andExpect(jsonPath("$.pendingRevision.status").value("PENDING"));
        mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isNotFound());

        otherReviewer
                .action(id, "approve")
                .andExpect(jsonPath("$.status").value("OFFLINE"))
                .andExpect(jsonPath("$.title").value("下线前的修改"));
    }

    @Test
    void aNewEditReplacesThePendingOneAndRestartsItsReview() throws Exception {
        long id = desk.published(ContentSamples.of(ContentKind.BRAND_PROJECT, unitId, "品牌项目"));
        setReviewLevels(2);
        AdminApi.Session third = api.newUser(TOWNSHIP, Role.REVIEWER);
        edit(reviewer, id, "第一次修改");
        otherReviewer
                .action(id, "approve")
                .andExpect(jsonPath("$.pendingRevision.reviewStage").value(1));

        edit(third, id, "第二次修改")
                .andExpect(jsonPath("$.pendingRevision.reviewStage").value(0));

        reviewer.action(id, "approve")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        otherReviewer
                .action(id, "approve")
                .andExpect(jsonPath("$.pendingRevision.reviewStage").value(1));
        AdminApi.Session fourth = api.newUser(TOWNSHIP, Role.REVIEWER);
        fourth.action(id, "approve")
                .andExpect(jsonPath("$.title").value("第二次修改"))
                .andExpect(jsonPath("$.pendingRevision").doesNotExist());
        JsonNode revisions = api.read(fourth.get("/api/admin/v1/contents/{id}/revisions", id));
        assertThat(List.of(
                        revisions.get(0).get("reviewStatus").asText(),
                        revisions.get(1).get("reviewStatus").asText()))
                .containsExactly("APPROVED", "SUPERSEDED");
    }

    @Test
    void aReviewOfAVersionThatChangedSinceItWasReadIsRefused() throws Exception {
        long id = desk.published(ContentSamples.of(ContentKind.POSTER, unitId, "海报"));
        edit(reviewer, id, "第一次修改");
        int read = reviewer.content(id).get("version").asInt();
        edit(api.admin(), id, "读过之后又改");

        otherReviewer
                .post("/api/admin/v1/contents/{id}/approve", Map.of("version", read), id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        assertThat(otherReviewer.content(id).get("title").asText()).isEqualTo("海报");
    }

    @Test
    void theEditorOfAPendingRevisionCanWithdrawIt() throws Exception {
        long id = desk.published(ContentSamples.of(ContentKind.POSTER, unitId, "海报原文"));
        edit(reviewer, id, "想撤回的修改");

        otherReviewer.action(id, "withdraw").andExpect(status().isForbidden());
        reviewer.action(id, "withdraw")
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.pendingRevision").doesNotExist());
        assertThat(AdminApi.names(transitions(id), "action")).endsWith("EDIT", "REVISION_WITHDRAW");
    }

    private ResultActions edit(AdminApi.Session who, long id, String title) {
        Map<String, Object> fields = new HashMap<>(ContentSamples.of(kindOf(who, id), unitId, title));
        fields.put("version", who.content(id).get("version").asInt());
        return who.put("/api/admin/v1/contents/{id}", fields, id);
    }

    private ContentKind kindOf(AdminApi.Session who, long id) {
        return ContentKind.valueOf(who.content(id).get("kind").asText());
    }

    private String residentTitle(long id) throws Exception {
        return api.read(mvc.perform(get("/api/mini/v1/contents/{id}", id)))
                .get("title")
                .asText();
    }

    private List<Long> awaitingReview() {
        JsonNode page = api.read(otherReviewer.get("/api/admin/v1/contents?awaitingReview=true&size=100"));
        return AdminApi.names(page.get("items"), "id").stream()
                .map(Long::valueOf)
                .toList();
    }

    private JsonNode transitions(long id) {
        return api.read(reviewer.get("/api/admin/v1/contents/{id}/transitions", id));
    }

    private JsonNode lastStep(long id, String action) {
        JsonNode steps = transitions(id);
        JsonNode last = null;
        for (JsonNode step : steps) {
            if (step.get("action").asText().equals(action)) {
                last = step;
            }
        }
        assertThat(last).as("a %s step", action).isNotNull();
        return last;
    }

    private long announcements(long id) {
        return events.stream(ContentPublished.class)
                .filter(e -> e.contentId() == id)
                .count();
    }

    private void setReviewLevels(int levels) {
        api.admin().put("/api/admin/v1/settings/review-levels", Map.of("levels", levels));
    }
}
