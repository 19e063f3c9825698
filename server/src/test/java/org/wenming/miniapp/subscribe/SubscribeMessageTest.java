package org.wenming.miniapp.subscribe;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;
import org.wenming.support.WeChatStub;

/**
 * Subscribe messages: each accepted subscription is one message; publishing in the topic's column sends it
 * (once), temporary WeChat failures are retried, and nobody without quota gets anything.
 */
@IntegrationTest
class SubscribeMessageTest {

    private static final String TOPIC = "subscribe-test";
    private static final String COLUMN = "订阅测试栏目";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AdminApi admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubscribeSender sender;

    @Autowired
    MutableClock clock;

    @Autowired
    MiniApi mini;

    WireMockServer wechat;

    @BeforeEach
    void setUp() {
        wechat = WeChatStub.server();
    }

    @Test
    void anAcceptedSubscriptionBringsOneMessageAboutTheNextItemAndNoMore() throws Exception {
        MiniApi.Resident subscriber = mini.login();
        MiniApi.Resident bystander = mini.login();
        JsonNode topics = mini.read(subscriber.get("/api/mini/v1/subscriptions").andExpect(status().isOk()));
        assertThat(AdminApi.names(topics, "templateId")).contains("tmpl-subscribe-test");
        subscriber
                .post("/api/mini/v1/subscriptions/{topic}", null, TOPIC)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quota").value(1));

        long first = publishInColumn("新时代文明实践活动预告");
        awaitDispatched(first);
        await(() -> messageStatus(first, subscriber).equals("SENT"));

        assertThat(sends(subscriber.openid())).isEqualTo(1);
        assertThat(wechat.countRequestsMatching(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                                .withRequestBody(matchingJsonPath("$.touser", equalTo(subscriber.openid())))
                                .withRequestBody(matchingJsonPath("$.template_id", equalTo("tmpl-subscribe-test")))
                                .withRequestBody(
                                        matchingJsonPath("$.page", equalTo("pages/content/detail?id=" + first)))
                                .withRequestBody(matchingJsonPath("$.data.thing1.value", equalTo("新时代文明实践活动预告")))
                                .withRequestBody(matchingJsonPath("$.data.thing2.value", equalTo(COLUMN)))
                                .build())
                        .getCount())
                .isEqualTo(1);
        assertThat(quota(subscriber)).isZero();
        assertThat(sends(bystander.openid())).isZero();

        long second = publishInColumn("第二条订阅测试内容");
        awaitDispatched(second);
        sender.deliverDue();
        assertThat(sends(subscriber.openid())).isEqualTo(1);
        assertThat(messageStatus(second, subscriber)).isEqualTo("NONE");
    }

    @Test
    void publishingTheSameItemAgainAnnouncesNothing() throws Exception {
        MiniApi.Resident subscriber = mini.login();
        subscriber.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC).andExpect(status().isOk());
        AdminApi.Session reviewer = admin.newUser("naiman", Role.REVIEWER);
        long id = publishInColumn("重复发布的内容");
        awaitDispatched(id);
        await(() -> "SENT".equals(messageStatus(id, subscriber)));

        subscriber
                .post("/api/mini/v1/subscriptions/{topic}", null, TOPIC)
                .andExpect(jsonPath("$.quota").value(1));
        reviewer.post("/api/admin/v1/contents/{id}/offline", Map.of("reason", "测试下线"), id)
                .andExpect(status().isOk());
        reviewer.post("/api/admin/v1/contents/{id}/publish", Map.of(), id).andExpect(status().isOk());
        sender.deliverDue();

        assertThat(sends(subscriber.openid())).isEqualTo(1);
        assertThat(quota(subscriber)).isEqualTo(1);
    }

    @Test
    void aTemporaryFailureIsRetriedAndTheQuotaUsedOnce() throws Exception {
        MiniApi.Resident subscriber = mini.login();
        String scenario = "send-" + subscriber.openid();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(subscriber.openid())))
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}"))
                .willSetStateTo("recovered"));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(subscriber.openid())))
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        subscriber.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC).andExpect(status().isOk());

        long id = publishInColumn("重试测试");
        awaitDispatched(id);
        await(() -> attempts(id, subscriber) == 1);
        assertThat(messageStatus(id, subscriber)).isEqualTo("PENDING");

        sender.deliverDue();
        assertThat(attempts(id, subscriber)).as("not due before the back-off").isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        sender.deliverDue();

        assertThat(messageStatus(id, subscriber)).isEqualTo("SENT");
        JsonNode record = mini.read(admin.admin()
                        .get("/api/admin/v1/subscribe-messages?contentId=" + id)
                        .andExpect(status().isOk()))
                .at("/items/0");
        assertThat(record.get("attempts").asInt()).isEqualTo(2);
        assertThat(AdminApi.names(record.get("history"), "errcode")).containsExactly("45011", "0");
        admin.newUser("naiman", Role.REVIEWER)
                .get("/api/admin/v1/subscribe-messages?contentId=" + id)
                .andExpect(status().isForbidden());
        assertThat(quota(subscriber)).isZero();
    }

    @Test
    void aFinalFailureGivesTheQuotaBackUnlessWeChatSaysThereIsNoSubscription() throws Exception {
        MiniApi.Resident refused = mini.login();
        MiniApi.Resident broken = mini.login();
        failAlways(refused, 43101);
        failAlways(broken, 47003);
        refused.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC).andExpect(status().isOk());
        refused.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC)
                .andExpect(jsonPath("$.quota").value(2));
        broken.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC).andExpect(status().isOk());

        long id = publishInColumn("失败测试");
        awaitDispatched(id);
        await(() -> "FAILED".equals(messageStatus(id, refused)) && "FAILED".equals(messageStatus(id, broken)));

        assertThat(quota(refused)).isZero();
        assertThat(quota(broken)).isEqualTo(1);
        assertThat(attempts(id, broken)).isEqualTo(1);
    }

    @Test
    void residentsCanDropASubscriptionAndUnknownTopicsAreRefused() throws Exception {
        MiniApi.Resident resident = mini.login();
        resident.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC).andExpect(status().isOk());
        resident.delete("/api/mini/v1/subscriptions/{topic}", TOPIC)
                .andExpect(jsonPath("$.quota").value(0));
        resident.post("/api/mini/v1/subscriptions/{topic}", null, "no-such-topic")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TOPIC_NOT_FOUND"));
    }

    private long publishInColumn(String title) {
        Map<String, Object> fields = ContentSamples.of(ContentKind.FESTIVAL_ITEM, admin.unitId("naiman"), title);
        fields.put("column", COLUMN);
        return admin.desk("naiman").published(fields);
    }

    private void failAlways(MiniApi.Resident resident, int errcode) {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(resident.openid())))
                .atPriority(1)
                .willReturn(okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"refused\"}")));
    }

    private int quota(MiniApi.Resident resident) throws Exception {
        JsonNode topics = mini.read(resident.get("/api/mini/v1/subscriptions"));
        for (JsonNode topic : topics) {
            if (topic.get("code").asText().equals(TOPIC)) {
                return topic.get("quota").asInt();
            }
        }
        throw new AssertionError("topic missing");
    }

    private long sends(String openid) {
        return wechat.countRequestsMatching(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                        .withRequestBody(matchingJsonPath("$.touser", equalTo(openid)))
                        .build())
                .getCount();
    }

    private String messageStatus(long contentId, MiniApi.Resident resident) {
        return jdbc
                .queryForList(
                        "SELECT status FROM subscribe_message WHERE content_id = ? AND resident_id = ?",
                        String.class,
                        contentId,
                        resident.id())
                .stream()
                .findFirst()
                .orElse("NONE");
    }

    private int attempts(long contentId, MiniApi.Resident resident) {
        return jdbc
                .queryForList(
                        "SELECT attempts FROM subscribe_message WHERE content_id = ? AND resident_id = ?",
                        Integer.class,
                        contentId,
                        resident.id())
                .stream()
                .findFirst()
                .orElse(-1);
    }

    private void awaitDispatched(long contentId) throws InterruptedException {
        await(() -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subscribe_dispatch WHERE content_id = ?", Long.class, contentId)
                == 1);
    }

    /** The announcement runs off the publishing thread; wait for it, bounded. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(50);
        }
    }
}
