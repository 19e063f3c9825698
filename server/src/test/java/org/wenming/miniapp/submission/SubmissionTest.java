package org.wenming.miniapp.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;
import org.wenming.support.WeChatPush;
import org.wenming.support.WeChatStub;

/**
 * 习语金句大家写: text checked before anything is stored, the photo's verdict pushed later, editors review,
 * approved entries in the gallery.
 */
@IntegrationTest
class SubmissionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AdminApi admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MiniAppProperties limits;

    @Autowired
    MiniApi mini;

    WireMockServer wechat;

    @BeforeEach
    void setUp() {
        wechat = WeChatStub.server();
    }

    @Test
    void aQuoteWaitsForThePhotoVerdictThenAnEditorApprovesItIntoTheGallery() throws Exception {
        MiniApi.Resident resident = mini.login();
        String quote = "幸福都是奋斗出来的" + MiniApi.unique("");
        JsonNode created = mini.read(submit(resident, quote, "巴特尔")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.statusLabel").value("审核中")));
        long id = created.get("id").asLong();

        assertThat(wechat.countRequestsMatching(postRequestedFor(urlPathEqualTo("/wxa/msg_sec_check"))
                                .withRequestBody(matchingJsonPath("$.version", equalTo("2")))
                                .withRequestBody(matchingJsonPath("$.openid", equalTo(resident.openid())))
                                .withRequestBody(containing(quote.substring(9)))
                                .build())
                        .getCount())
                .isEqualTo(1);
        String photoUrl = created.get("photoUrl").asText();
        // WENMING_PUBLIC_BASE_URL is unset in tests: WeChat and the resident get the address the request came to.
        assertThat(photoUrl).startsWith("http://localhost/");
        assertThat(wechat.countRequestsMatching(postRequestedFor(urlPathEqualTo("/wxa/media_check_async"))
                                .withRequestBody(matchingJsonPath("$.media_url", equalTo(photoUrl)))
                                .withRequestBody(matchingJsonPath("$.media_type", equalTo("2")))
                                .build())
                        .getCount())
                .isEqualTo(1);

        AdminApi.Session reviewer = admin.newUser("naiman", Role.REVIEWER);
        assertThat(AdminApi.names(
                        admin.read(reviewer.get("/api/admin/v1/submissions")).get("items"), "id"))
                .contains(String.valueOf(id));
        reviewer.post("/api/admin/v1/submissions/{id}/approve", null, id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PHOTO_CHECK_PENDING"));

        mvc.perform(WeChatPush.encrypted(
                        WeChatPush.mediaCheckVerdict(traceId(id), resident.openid(), "pass", 100), clock))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT photo_check FROM submission WHERE id = ?", String.class, id))
                .isEqualTo("PASS");

        reviewer.post("/api/admin/v1/submissions/{id}/approve", null, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        JsonNode gallery = mini.read(
                mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/submissions/gallery"), MiniApi.newIp())
                        .andExpect(status().isOk()));
        assertThat(gallery.at("/items/0/id").asLong()).isEqualTo(id);
        assertThat(gallery.at("/items/0/quoteText").asText()).isEqualTo(quote);
        assertThat(gallery.at("/items/0/authorName").asText()).isEqualTo("巴特尔");
        assertThat(gallery.at("/items/0/photoUrl").asText()).isEqualTo(photoUrl);
        mini.anonymous(MockMvcRequestBuilders.get(photoUrl), MiniApi.newIp()).andExpect(status().isOk());
        resident.get("/api/mini/v1/me/submissions")
                .andExpect(jsonPath("$[0].statusLabel").value("已入选"));
        reviewer.post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "重复"), id)
                .andExpect(status().isConflict());
    }

    @Test
    void riskyTextIsRefusedBeforeAnythingIsStored() throws Exception {
        MiniApi.Resident resident = mini.login();
        submit(resident, "这是一段[risky]文字", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CONTENT_RISKY"));
        submit(resident, "旧接口判定[87014]的文字", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CONTENT_RISKY"));

        MiniApi.Resident other = mini.login();
        submit(other, "欢迎来玩百家乐", null).andExpect(status().isUnprocessableEntity());
        submit(other, "短", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM submission WHERE resident_id IN (?, ?)",
                        Long.class,
                        resident.id(),
                        other.id()))
                .isZero();
        assertThat(wechat.countRequestsMatching(postRequestedFor(urlPathEqualTo("/wxa/media_check_async"))
                                .withRequestBody(matchingJsonPath("$.openid", equalTo(resident.openid())))
                                .build())
                        .getCount())
                .isZero();
    }

    @Test
    void textWeChatWantsReviewedWaitsInTheQueueMarkedForReview() throws Exception {
        MiniApi.Resident resident = mini.login();
        long id = mini.read(submit(resident, "需要人工看看[review]的金句", null).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertThat(jdbc.queryForObject("SELECT text_check FROM submission WHERE id = ?", String.class, id))
                .isEqualTo("REVIEW");
    }

    @Test
    void aRiskyPhotoVerdictTakesTheEntryOutOfTheQueueAndItsImageOffline() throws Exception {
        MiniApi.Resident resident = mini.login();
        JsonNode created = mini.read(submit(resident, "绿水青山就是金山银山", null).andExpect(status().isCreated()));
        long id = created.get("id").asLong();

        mvc.perform(WeChatPush.encrypted(
                        WeChatPush.mediaCheckVerdict(traceId(id), resident.openid(), "risky", 20002), clock))
                .andExpect(status().isOk());

        resident.get("/api/mini/v1/me/submissions")
                .andExpect(jsonPath("$[0].status").value("REFUSED"))
                .andExpect(jsonPath("$[0].photoUrl").doesNotExist());
        mini.anonymous(MockMvcRequestBuilders.get(created.get("photoUrl").asText()), MiniApi.newIp())
                .andExpect(status().isNotFound());
        AdminApi.Session reviewer = admin.newUser("naiman", Role.REVIEWER);
        assertThat(AdminApi.names(
                        admin.read(reviewer.get("/api/admin/v1/submissions")).get("items"), "id"))
                .doesNotContain(String.valueOf(id));
        reviewer.post("/api/admin/v1/submissions/{id}/approve", null, id).andExpect(status().isConflict());
        JsonNode refused = admin.read(reviewer.get("/api/admin/v1/submissions?status=REFUSED&size=100"))
                .get("items");
        JsonNode entry = StreamSupport.stream(refused.spliterator(), false)
                .filter(e -> e.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(entry.hasNonNull("photoUrl")).isFalse();
    }

    @Test
    void aForgedVerdictChangesNothing() throws Exception {
        MiniApi.Resident resident = mini.login();
        long id = mini.read(submit(resident, "民族团结一家亲", null)).get("id").asLong();

        mvc.perform(WeChatPush.encrypted(
                        WeChatPush.mediaCheckVerdict(traceId(id), resident.openid(), "pass", 100),
                        clock,
                        "forged-token"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT photo_check FROM submission WHERE id = ?", String.class, id))
                .isEqualTo("PENDING");
    }

    @Test
    void aVerdictThatArrivesBeforeTheEntryIsStoredIsAppliedToIt() throws Exception {
        MiniApi.Resident resident = mini.login();
        String traceId = MiniApi.unique("trace-early-");
        wechat.stubFor(post(urlPathEqualTo("/wxa/media_check_async"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.openid", equalTo(resident.openid())))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"" + traceId + "\"}")));
        mvc.perform(WeChatPush.encrypted(WeChatPush.mediaCheckVerdict(traceId, resident.openid(), "pass", 100), clock))
                .andExpect(status().isOk());

        long id = mini.read(submit(resident, "撸起袖子加油干", null).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertThat(jdbc.queryForObject("SELECT photo_check FROM submission WHERE id = ?", String.class, id))
                .isEqualTo("PASS");
    }

    @Test
    void aWeChatFailureLeavesNothingBehind() throws Exception {
        MiniApi.Resident resident = mini.login();
        wechat.stubFor(post(urlPathEqualTo("/wxa/media_check_async"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.openid", equalTo(resident.openid())))
                .willReturn(okJson("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}")));

        submit(resident, "为人民服务", null)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("WECHAT_RATE_LIMITED"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM submission WHERE resident_id = ?", Long.class, resident.id()))
                .isZero();
    }

    @Test
    void editorsSeeAndDecideOnlyEntriesOfTheirUnitsAndRejectionsNeedAReason() throws Exception {
        MiniApi.Resident resident = mini.login();
        long township = admin.unitId("huanghuatala-sumu");
        long id = mini.read(submit(resident, "黄花塔拉苏木的金句", null, township).andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long banner = mini.read(submit(resident, "旗里的金句", null).andExpect(status().isCreated()))
                .get("id")
                .asLong();

        AdminApi.Session local = admin.newUser("huanghuatala-sumu", Role.REVIEWER);
        assertThat(AdminApi.names(
                        admin.read(local.get("/api/admin/v1/submissions")).get("items"), "id"))
                .contains(String.valueOf(id))
                .doesNotContain(String.valueOf(banner));
        local.post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "字迹不清"), banner)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SUBMISSION_NOT_FOUND"));
        admin.newUser("huanghuatala-sumu", Role.EDITOR)
                .post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "字迹不清"), id)
                .andExpect(status().isForbidden());
        local.post("/api/admin/v1/submissions/{id}/reject", Map.of(), id).andExpect(status().isBadRequest());
        local.post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "长".repeat(301)), id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        local.post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "字迹不清"), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        resident.get("/api/mini/v1/me/submissions")
                .andExpect(jsonPath("$[1].rejectReason").value("字迹不清"));
    }

    @Test
    void theQueueIsFirstComeFirstServedAndDecidedEntriesShowTheLatestDecisionFirst() throws Exception {
        long township = admin.unitId("sharihaolai-zhen");
        long first = mini.read(submit(mini.login(), "沙日浩来镇的第一条金句", null, township))
                .get("id")
                .asLong();
        long second = mini.read(submit(mini.login(), "沙日浩来镇的第二条金句", null, township))
                .get("id")
                .asLong();
        AdminApi.Session reviewer = admin.newUser("sharihaolai-zhen", Role.REVIEWER);
        assertThat(AdminApi.names(
                        admin.read(reviewer.get("/api/admin/v1/submissions")).get("items"), "id"))
                .containsExactly(String.valueOf(first), String.valueOf(second));

        reviewer.post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "重复"), second)
                .andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(5));
        reviewer.post("/api/admin/v1/submissions/{id}/reject", Map.of("reason", "重复"), first)
                .andExpect(status().isOk());

        assertThat(AdminApi.names(
                        admin.read(reviewer.get("/api/admin/v1/submissions?status=REJECTED"))
                                .get("items"),
                        "id"))
                .containsExactly(String.valueOf(first), String.valueOf(second));
    }

    @Test
    void submissionsAreLimitedPerResidentAndPerAddress() throws Exception {
        clock.startWindow(limits.rateLimits().submission().window());
        MiniApi.Resident resident = mini.login();
        submit(resident, "第一条金句内容", null).andExpect(status().isCreated());
        submit(resident, "第二条金句内容", null).andExpect(status().isCreated());
        submit(resident, "第三条金句内容", null)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"));

        String ip = MiniApi.newIp();
        for (int i = 0; i < 4; i++) {
            submit(mini.login(MiniApi.unique("code"), ip), "同一地址的金句" + i, null).andExpect(status().isCreated());
        }
        submit(mini.login(MiniApi.unique("code"), ip), "同一地址的第五条", null).andExpect(status().isTooManyRequests());
    }

    private String traceId(long id) {
        return jdbc.queryForObject("SELECT photo_trace_id FROM submission WHERE id = ?", String.class, id);
    }

    private ResultActions submit(MiniApi.Resident resident, String text, String author) throws Exception {
        return submit(resident, text, author, null);
    }

    private ResultActions submit(MiniApi.Resident resident, String text, String author, Long orgUnitId)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/api/mini/v1/submissions")
                .file(new MockMultipartFile("photo", "handwriting.jpg", "image/jpeg", jpeg()));
        request.param("text", text);
        if (author != null) {
            request.param("authorName", author);
        }
        if (orgUnitId != null) {
            request.param("orgUnitId", String.valueOf(orgUnitId));
        }
        return resident.perform(request);
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
