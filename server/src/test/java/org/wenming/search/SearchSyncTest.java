package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.content.ContentWorkflow;
import org.wenming.content.PublicContentChanged;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/**
 * The embedded index follows the database through the transactional outbox: every change of what is
 * public reaches search, nothing is lost when indexing is interrupted, and reconcile repairs drift.
 */
@IntegrationTest
class SearchSyncTest {

    private static final String TOWNSHIP = "mingren-sumu";

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    SearchSync sync;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchOutboxMapper outbox;

    @Autowired
    SearchContentMapper contents;

    @Autowired
    SearchReconciler reconciler;

    @Autowired
    ContentWorkflow workflow;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SearchProperties properties;

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
        sync.drain();
    }

    @Test
    void publishEditOfflineAndDeleteReachSearch() throws Exception {
        String marker = marker("同步");
        long id = approved(marker + "马头琴演出");
        assertThat(found(marker)).isEmpty();

        reviewer.action(id, "publish");
        sync.drain();
        assertThat(found(marker)).containsExactly(id);

        JsonNode current = reviewer.content(id);
        Map<String, Object> edited = ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, marker + "安代舞表演");
        edited.put("version", current.get("version").asInt());
        reviewer.put("/api/admin/v1/contents/{id}", edited, id).andExpect(status().isOk());
        sync.drain();
        assertThat(titles(marker)).containsExactly("<em>" + marker + "</em>马头琴演出");
        api.newUser(TOWNSHIP, Role.REVIEWER).action(id, "approve").andExpect(status().isOk());
        sync.drain();
        assertThat(titles(marker)).containsExactly("<em>" + marker + "</em>安代舞表演");
        assertThat(found(marker + "马头琴")).isEmpty();

        reviewer.action(id, "offline");
        sync.drain();
        assertThat(found(marker)).isEmpty();

        editor.delete("/api/admin/v1/contents/{id}", id).andExpect(status().isNoContent());
        sync.drain();
        assertThat(found(marker)).isEmpty();
        assertThat(index.liveVersions()).doesNotContainKey(id);
        assertIndexEqualsDatabase();
    }

    @Test
    void expiredItemsLeaveResultsAtTheEndOfTheirWindowWithoutReindexing() throws Exception {
        String marker = marker("限时");
        long id = approved(marker + "草原那达慕");
        reviewer.post(
                "/api/admin/v1/contents/{id}/publish",
                Map.of("offlineAt", LocalDateTime.now(clock).plusHours(2).toString()),
                id);
        sync.drain();
        assertThat(found(marker)).containsExactly(id);

        clock.advance(Duration.ofHours(2).plusSeconds(1));

        assertThat(found(marker)).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void scheduledItemsAppearWhenTheSchedulerPublishesThem() throws Exception {
        String marker = marker("定时");
        long id = approved(marker + "敖包相会");
        reviewer.post(
                "/api/admin/v1/contents/{id}/publish",
                Map.of("publishAt", LocalDateTime.now(clock).plusHours(1).toString()),
                id);
        sync.drain();
        assertThat(found(marker)).isEmpty();

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        workflow.runDueTransitions();
        sync.drain();

        assertThat(found(marker)).containsExactly(id);
    }

    @Test
    void theOutboxRowCommitsOrRollsBackWithTheChange() {
        long before = outbox.pendingCount();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try {
            tx.executeWithoutResult(status -> {
                events.publishEvent(new PublicContentChanged(1L));
                assertThat(outbox.pendingCount()).isEqualTo(before + 1);
                throw new IllegalStateException("the change fails after the event");
            });
        } catch (IllegalStateException expected) {
            // The rollback is what this test is about.
        }

        assertThat(outbox.pendingCount()).isEqualTo(before);
    }

    @Test
    void crashBetweenCommitAndIndexingLosesNothing() throws Exception {
        String marker = marker("崩溃");
        List<Long> ids = List.of(published(marker + "一"), published(marker + "二"), published(marker + "三"));
        assertThat(outbox.pendingCount()).isGreaterThanOrEqualTo(3);
        assertThat(found(marker)).isEmpty();

        // An instance claims the rows and dies before indexing them.
        LocalDateTime now = LocalDateTime.now(clock);
        outbox.claim(outbox.due(now, 1000), "crashed-instance", now.plus(properties.claimLease()), now);
        assertThat(sync.drain()).isZero();
        assertThat(found(marker)).isEmpty();

        clock.advance(properties.claimLease().plusSeconds(1));
        assertThat(sync.drain()).isGreaterThanOrEqualTo(3);

        assertThat(found(marker)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(outbox.pendingCount()).isZero();
        assertIndexEqualsDatabase();
    }

    @Test
    void reconcileRepairsMissingStaleAndExtraDocuments() throws Exception {
        String marker = marker("核对");
        long missing = published(marker + "甲");
        sync.drain();
        long version = index.liveVersions().get(missing);
        index.apply(List.of(SearchDocument.tombstone(missing, version)));
        long extra = 8_000_000 + System.nanoTime() % 1_000_000;
        index.apply(List.of(new SearchDocument(
                extra,
                1,
                true,
                ContentKind.POSTER,
                "zh",
                unitId,
                null,
                List.of(),
                marker + "乙",
                null,
                null,
                null,
                null,
                null,
                0,
                Long.MAX_VALUE)));
        assertThat(found(marker)).isEmpty();
        assertThat(index.liveVersions()).containsKey(extra).doesNotContainKey(missing);

        SearchReconciler.ReconcileReport report = reconciler.reconcile();
        sync.drain();

        assertThat(report.missing()).isGreaterThanOrEqualTo(1);
        assertThat(report.extra()).isGreaterThanOrEqualTo(1);
        assertThat(found(marker)).containsExactly(missing);
        assertThat(index.liveVersions()).doesNotContainKey(extra);
        assertThat(reconciler.reconcile().enqueued()).isZero();
        assertIndexEqualsDatabase();
    }

    @Test
    void failedIndexingBacksOffExponentiallyUpToTheLimit() {
        assertThat(sync.backoff(1)).isEqualTo(properties.retryInitial());
        assertThat(sync.backoff(2)).isEqualTo(properties.retryInitial().multipliedBy(2));
        assertThat(sync.backoff(3)).isEqualTo(properties.retryInitial().multipliedBy(4));
        assertThat(sync.backoff(60)).isEqualTo(properties.retryMax());
    }

    private void assertIndexEqualsDatabase() {
        Map<Long, Long> database = contents.publishedVersions().stream()
                .collect(Collectors.toMap(
                        SearchContentMapper.IdVersion::id, v -> v.version().longValue()));
        assertThat(index.liveVersions()).isEqualTo(database);
    }

    private List<Long> found(String text) throws Exception {
        JsonNode page =
                api.read(mvc.perform(get("/api/mini/v1/search").param("q", text).param("size", "50"))
                        .andExpect(status().isOk()));
        assertThat(page.get("degraded").asBoolean()).isFalse();
        return page.get("items").findValues("content").stream()
                .map(c -> c.get("id").asLong())
                .toList();
    }

    private List<String> titles(String text) throws Exception {
        JsonNode page = api.read(mvc.perform(get("/api/mini/v1/search").param("q", text)));
        return page.get("items").findValues("highlightedTitle").stream()
                .map(JsonNode::asText)
                .toList();
    }

    /** The word and a code with digits: a code residents type must match, so the marker finds only its item. */
    private static String marker(String word) {
        return word + "N" + System.nanoTime() % 1_000_000_000L;
    }

    private long approved(String title) {
        return desk.approved(ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, title));
    }

    private long published(String title) {
        return desk.published(ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, title));
    }
}
