package org.wenming.miniapp.subscribe;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wenming.content.ContentKind;
import org.wenming.content.ContentWorkflow;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;
import org.wenming.support.WeChatStub;

/**
 * Publications by the scheduler are announced like those of editors, through the outbox written in the
 * publishing transaction, and audited; pollers on several instances announce each item exactly once.
 */
@IntegrationTest
class AnnouncementOutboxTest {

    private static final String TOPIC = "subscribe-test";
    private static final String COLUMN = "订阅测试栏目";

    @Autowired
    AdminApi admin;

    @Autowired
    MiniApi mini;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWorkflow workflow;

    @Autowired
    AnnouncementOutbox outbox;

    @Autowired
    MutableClock clock;

    @Test
    void aScheduledPublicationIsAnnouncedOnceAndAudited() throws Exception {
        MiniApi.Resident subscriber = subscribed(2);
        long id = scheduled("定时发布的订阅内容");
        clock.advance(Duration.ofMinutes(11));

        workflow.runDueTransitions();
        workflow.runDueTransitions();
        outbox.deliverDue();
        awaitAnnounced(List.of(id));
        outbox.deliverDue();

        assertThat(count("SELECT COUNT(*) FROM announcement_outbox WHERE content_id = ?", id))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM announcement_outbox WHERE content_id = ? AND delivered_at IS NOT NULL",
                        id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM subscribe_dispatch WHERE content_id = ?", id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM subscribe_message WHERE content_id = ? AND status = 'SENT'", id))
                .isEqualTo(1);
        assertThat(sends(subscriber.openid())).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT actor_name FROM audit_log WHERE action = 'CONTENT_PUBLISH' AND target_id = ?",
                        String.class,
                        String.valueOf(id)))
                .containsExactly("系统");
    }

    @Test
    void twoPollersRacingAnnounceEachItemExactlyOnce() throws Exception {
        int items = 6;
        MiniApi.Resident subscriber = subscribed(items);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ids.add(scheduled("并发播报内容" + i));
        }
        clock.advance(Duration.ofMinutes(11));
        workflow.runDueTransitions();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (String poller : List.of("instance-a", "instance-b")) {
            runs.add(instances.submit(() -> {
                start.await();
                return outbox.deliverDue(poller);
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(1, TimeUnit.MINUTES);
        }
        instances.shutdown();
        awaitAnnounced(ids);

        for (long id : ids) {
            assertThat(count("SELECT COUNT(*) FROM subscribe_dispatch WHERE content_id = ?", id))
                    .isEqualTo(1);
            assertThat(count(
                            "SELECT COUNT(*) FROM subscribe_message WHERE content_id = ? AND resident_id = ?",
                            id,
                            subscriber.id()))
                    .isEqualTo(1);
            assertThat(count(
                            "SELECT COUNT(*) FROM announcement_outbox WHERE content_id = ? AND delivered_at IS NOT NULL",
                            id))
                    .isEqualTo(1);
        }
        assertThat(sends(subscriber.openid())).isEqualTo(items);
    }

    private MiniApi.Resident subscribed(int messages) throws Exception {
        MiniApi.Resident subscriber = mini.login();
        for (int i = 0; i < messages; i++) {
            subscriber.post("/api/mini/v1/subscriptions/{topic}", null, TOPIC).andExpect(status().isOk());
        }
        return subscriber;
    }

    /** Approved and scheduled ten minutes ahead, so only the scheduler publishes it. */
    private long scheduled(String title) throws Exception {
        Map<String, Object> fields = ContentSamples.of(ContentKind.FESTIVAL_ITEM, admin.unitId("naiman"), title);
        fields.put("column", COLUMN);
        AdminApi.Desk desk = admin.desk("naiman");
        long id = desk.approved(fields);
        desk.reviewer()
                .post(
                        "/api/admin/v1/contents/{id}/publish",
                        Map.of(
                                "publishAt",
                                LocalDateTime.now(clock).plusMinutes(10).toString()),
                        id)
                .andExpect(status().isOk());
        return id;
    }

    /**
     * The commit also nudges a background delivery, which may hold the leases (of the announcement, then of
     * its messages) while the test's own calls skip those rows: poll until each item is announced and its
     * messages sent, by whichever poller claimed them.
     */
    private void awaitAnnounced(List<Long> ids) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!ids.stream().allMatch(this::announcedAndSent) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            outbox.deliverDue();
        }
    }

    private boolean announcedAndSent(long id) {
        return count("SELECT COUNT(*) FROM announcement_outbox WHERE content_id = ? AND delivered_at IS NOT NULL", id)
                        == 1
                && count("SELECT COUNT(*) FROM subscribe_message WHERE content_id = ?", id) > 0
                && count("SELECT COUNT(*) FROM subscribe_message WHERE content_id = ? AND status <> 'SENT'", id) == 0;
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    private long sends(String openid) {
        return WeChatStub.server()
                .countRequestsMatching(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                        .withRequestBody(matchingJsonPath("$.touser", equalTo(openid)))
                        .build())
                .getCount();
    }
}
