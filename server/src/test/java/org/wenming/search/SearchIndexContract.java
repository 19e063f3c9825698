package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.content.Content;
import org.wenming.content.ContentKind;

/**
 * One contract, two engines: every case here runs against the embedded Lucene index and against a real
 * Elasticsearch node. The index is filled with the sample content pack (as imported into the test
 * database) plus synthetic documents with ids far above any real item.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchIndexContract {

    private static final AtomicLong SYNTHETIC_IDS = new AtomicLong(9_000_000);

    @Autowired
    SearchContentMapper contents;

    @Autowired
    SearchDocuments documents;

    @Autowired
    Clock clock;

    SearchIndex index;
    /** Import key of each content-pack item → its id. */
    final Map<String, Long> packIds = new HashMap<>();

    final Map<Long, String> packKeys = new HashMap<>();

    protected abstract SearchIndex newIndex();

    protected void dispose(SearchIndex index) {}

    /**
     * A separate index {@code name} of this engine as built by analysis {@code schemaVersion}; opening the
     * same name again reopens it (as an instance restarting after an upgrade would).
     */
    protected abstract SearchIndex open(String name, int schemaVersion);

    @BeforeAll
    void fillIndexWithTheContentPack() {
        index = newIndex();
        List<Content> pack = contents.publishedAfter(0, 10_000).stream()
                .filter(c -> c.getImportKey() != null)
                .toList();
        pack.forEach(c -> {
            packIds.put(c.getImportKey(), c.getId());
            packKeys.put(c.getId(), c.getImportKey());
        });
        assertThat(pack).hasSizeGreaterThanOrEqualTo(35);
        index.apply(documents.of(pack));
    }

    @AfterAll
    void disposeIndex() {
        dispose(index);
    }

    // ------------------------------------------------------------------ relevance over the sample content

    /** Judged queries: the listed items, in any order, are the top results. */
    static Stream<Arguments> judgedQueries() {
        return Stream.of(
                Arguments.of(
                        "端午", List.of("fest-duanwu-zongzi-linli-shouwang", "fest-duanwu-xiangnang-liushou-ertong")),
                Arguments.of(
                        "端午节", List.of("fest-duanwu-zongzi-linli-shouwang", "fest-duanwu-xiangnang-liushou-ertong")),
                Arguments.of(
                        "粽子", List.of("fest-duanwu-zongzi-linli-shouwang", "fest-duanwu-xiangnang-liushou-ertong")),
                Arguments.of("雷锋", List.of("fest-leifeng-zhiyuan-fuwu-jishi", "audio-xue-leifeng-zhiyuan-fuwu")),
                Arguments.of("移风易俗", List.of("audio-yifeng-yisu-hunshi-xinban")),
                Arguments.of("婚事新办", List.of("audio-yifeng-yisu-hunshi-xinban", "fest-qixi-hunshi-xinban")),
                Arguments.of("高价彩礼", List.of("fest-qixi-hunshi-xinban", "audio-yifeng-yisu-hunshi-xinban")),
                Arguments.of("志愿服务是社会文明进步的重要标志", List.of("poster-zhiyuan-fuwu-wenming-biaozhi")),
                Arguments.of("蒙汉双语广播", List.of("audio-menghan-shuangyu-guangbo")),
                Arguments.of("绿水青山", List.of("poster-lvshui-qingshan")),
                Arguments.of("幸福都是奋斗出来的", List.of("poster-xingfu-fendou")),
                Arguments.of("石榴籽", List.of("audio-shiliuzi-xintiexin", "poster-gezu-renmin-qinru-yijia")),
                Arguments.of("文明积分", List.of("audio-wenming-jifen-tuanjie-chaoshi", "brand-wenming-jifen-jin-wanjia")),
                Arguments.of("草原书屋", List.of("audio-caoyuan-shuwu")),
                Arguments.of("理发", List.of("brand-ai-lifa")),
                Arguments.of("防汛", List.of("audio-fangxun-fanghuo-yingji")),
                Arguments.of("写春联", List.of("fest-chunjie-xie-chunlian-song-fu")),
                Arguments.of("猜灯谜", List.of("fest-yuanxiao-cai-dengmi")),
                Arguments.of("月饼", List.of("fest-zhongqiu-yuebing-song-wennuan")),
                Arguments.of("集体祝寿", List.of("fest-chongyang-jiti-zhushou")),
                Arguments.of("文明祭扫", List.of("fest-qingming-wenming-jisao")),
                Arguments.of("空谈误国", List.of("poster-kongtan-wuguo-shigan-xingbang")),
                Arguments.of("青年兴则国家兴", List.of("poster-qingnian-xing-guojia-xing")),
                Arguments.of("六联六建", List.of("brand-liulian-liujian")),
                Arguments.of("阳光八送", List.of("brand-yangguang-basong")),
                Arguments.of("党的二十大精神", List.of("audio-ershida-xuanjiang")),
                Arguments.of(
                        "黄花塔拉苏木", List.of("audio-wenming-jifen-tuanjie-chaoshi", "brand-wenming-jifen-jin-wanjia")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judgedQueries")
    void judgedQueryRanksTheExpectedItemsFirst(String text, List<String> expectedTop) {
        SearchHits result = index.search(query(text, 10));

        List<String> top = result.hits().stream()
                .limit(expectedTop.size())
                .map(h -> packKeys.get(h.id()))
                .toList();
        assertThat(top).containsExactlyInAnyOrderElementsOf(expectedTop);
    }

    // ------------------------------------------------------------------ what residents type

    /** Queries as typed on a phone: the item is among the first three. */
    static Stream<Arguments> residentQueries() {
        return Stream.of(
                // full pinyin, polyphonic characters read by their word (重阳 chong)
                Arguments.of("duanwu", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("leifeng", "fest-leifeng-zhiyuan-fuwu-jishi"),
                Arguments.of("xueleifeng", "audio-xue-leifeng-zhiyuan-fuwu"),
                Arguments.of("caoyuanshuwu", "audio-caoyuan-shuwu"),
                Arguments.of("yuebing", "fest-zhongqiu-yuebing-song-wennuan"),
                Arguments.of("chongyang", "fest-chongyang-jiti-zhushou"),
                Arguments.of("hunshixinban", "audio-yifeng-yisu-hunshi-xinban"),
                Arguments.of("lvshuiqingshan", "poster-lvshui-qingshan"),
                Arguments.of("xiangnang", "fest-duanwu-xiangnang-liushou-ertong"),
                // spaced pinyin and capitals
                Arguments.of("duan wu", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("cao yuan shu wu", "audio-caoyuan-shuwu"),
                Arguments.of("yi feng yi su", "audio-yifeng-yisu-hunshi-xinban"),
                Arguments.of("Lei Feng", "fest-leifeng-zhiyuan-fuwu-jishi"),
                // initials of titles and tags
                Arguments.of("dwj", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("cysw", "audio-caoyuan-shuwu"),
                Arguments.of("lsqs", "poster-lvshui-qingshan"),
                Arguments.of("yfys", "audio-yifeng-yisu-hunshi-xinban"),
                Arguments.of("wmjf", "brand-wenming-jifen-jin-wanjia"),
                Arguments.of("cyj", "fest-chongyang-jiti-zhushou"),
                // traditional characters
                Arguments.of("端午節", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("學雷鋒", "audio-xue-leifeng-zhiyuan-fuwu"),
                Arguments.of("草原書屋", "audio-caoyuan-shuwu"),
                Arguments.of("婚事新辦", "audio-yifeng-yisu-hunshi-xinban"),
                Arguments.of("綠水青山", "poster-lvshui-qingshan"),
                // homophone typos from a pinyin keyboard
                Arguments.of("学雷峰", "audio-xue-leifeng-zhiyuan-fuwu"),
                Arguments.of("草原书物", "audio-caoyuan-shuwu"),
                Arguments.of("婚事新半", "audio-yifeng-yisu-hunshi-xinban"),
                Arguments.of("月并", "fest-zhongqiu-yuebing-song-wennuan"),
                Arguments.of("崇阳节", "fest-chongyang-jiti-zhushou"),
                // whole questions
                Arguments.of("端午节有什么活动", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("草原书屋在哪里", "audio-caoyuan-shuwu"),
                Arguments.of("怎么参加学雷锋志愿服务", "fest-leifeng-zhiyuan-fuwu-jishi"),
                Arguments.of("文明积分能换什么", "audio-wenming-jifen-tuanjie-chaoshi"),
                Arguments.of("婚事新办是什么意思", "audio-yifeng-yisu-hunshi-xinban"),
                // words that appear apart in the item
                Arguments.of("端午 香囊", "fest-duanwu-xiangnang-liushou-ertong"),
                Arguments.of("粽子 独居老人", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("七夕 彩礼", "fest-qixi-hunshi-xinban"),
                Arguments.of("雷锋 广播", "audio-xue-leifeng-zhiyuan-fuwu"),
                // a single character
                Arguments.of("粽", "fest-duanwu-zongzi-linli-shouwang"),
                Arguments.of("饼", "fest-zhongqiu-yuebing-song-wennuan"),
                Arguments.of("祭", "fest-qingming-wenming-jisao"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("residentQueries")
    void residentQueryFindsTheItemAmongTheFirstThree(String text, String expected) {
        List<String> top = index.search(query(text, 3)).hits().stream()
                .map(h -> packKeys.get(h.id()))
                .toList();

        assertThat(top).contains(expected);
    }

    @Test
    void exactCharactersRankAboveHomophones() {
        long homophone = synthetic(doc("蒲公鹰宣讲会", "同音字的条目"), 1);
        long exact = packIds.get("brand-pugongying-xuanjiang");

        List<Long> found = ids(index.search(query("蒲公英宣讲", 10)));

        assertThat(found.get(0)).isEqualTo(exact);
        assertThat(found).contains(homophone);
        assertThat(found.indexOf(homophone)).isGreaterThan(found.indexOf(exact));
    }

    @Test
    void highlightsMarkTheChineseWhicheverWayItMatched() {
        assertThat(firstTitle("duanwu")).contains("<em>端午</em>");
        assertThat(firstTitle("dwj")).contains("<em>端午节</em>");
        assertThat(firstTitle("端午節")).contains("<em>端午节</em>");
        assertThat(firstTitle("lvshuiqingshan")).contains("<em>绿水青山</em>");
        assertThat(firstTitle("学雷峰")).contains("<em>");
        // A lone character matches the bigrams it starts, and the whole bigram is marked (both engines alike).
        assertThat(firstTitle("粽")).contains("<em>粽子</em>");
    }

    @Test
    void homophonesAndTraditionalCharactersMarkTheWordAsWrittenInTheItem() {
        assertThat(firstTitle("学雷峰")).contains("<em>学雷锋</em>");
        assertThat(firstTitle("學雷鋒")).contains("<em>学雷锋</em>");
    }

    @Test
    void snippetMarksTheChineseThatMatchedThroughPinyin() {
        long id = synthetic(doc("社区通知第七号", "下周举办苹果采摘体验活动，欢迎报名"), 1);

        SearchHits.Hit hit = hit(index.search(query("pingguocaizhai", 10)), id);

        assertThat(hit.snippet()).contains("<em>苹果采摘</em>");
    }

    @Test
    void traditionalTextIsShownAsWrittenWhileMatchingFolded() {
        long id = synthetic(doc("鄉村春晚聯歡會", "臘月裡的聯歡會，歡迎鄉親們來看節目"), 1);

        for (String typed : List.of("春晚联欢会", "春晚聯歡會")) {
            SearchHits.Hit hit = hit(index.search(query(typed, 10)), id);
            assertThat(hit.title()).as(typed).isEqualTo("鄉村<em>春晚聯歡會</em>");
            assertThat(hit.snippet()).as(typed).contains("臘月裡的<em>聯歡會</em>");
        }
        assertThat(index.suggest("春晚联欢", now(), 10))
                .filteredOn(s -> s.id() == id)
                .extracting(SearchIndex.Suggestion::title)
                .containsExactly("鄉村春晚聯歡會");
    }

    private static SearchHits.Hit hit(SearchHits hits, long id) {
        return hits.hits().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
    }

    @Test
    void suggestionsCompletePinyinAndInitialsWithIdAndKind() {
        long zongzi = packIds.get("fest-duanwu-zongzi-linli-shouwang");
        for (String typed : List.of("端", "duanwu", "duan wu", "dwj", "端午節")) {
            List<SearchIndex.Suggestion> found = index.suggest(typed, now(), 20);
            assertThat(found).as(typed).extracting(SearchIndex.Suggestion::id).contains(zongzi);
            assertThat(found.stream()
                            .filter(s -> s.id() == zongzi)
                            .findFirst()
                            .orElseThrow()
                            .kind())
                    .isEqualTo(ContentKind.FESTIVAL_ITEM);
        }
    }

    @Test
    void indexBuiltByAnOlderAnalysisAnswersUntilItIsRebuilt() {
        String name = "upgrade-" + SYNTHETIC_IDS.incrementAndGet();
        SearchIndex old = open(name, SearchAnalysis.SCHEMA_VERSION - 1);
        long id = SYNTHETIC_IDS.incrementAndGet();
        old.apply(List.of(version(id, 1, "升级前的内容")));
        assertThat(old.schemaOutdated()).isFalse();
        dispose(old);

        SearchIndex upgraded = open(name, SearchAnalysis.SCHEMA_VERSION);
        try {
            assertThat(upgraded.schemaOutdated()).isTrue();
            assertThat(ids(upgraded.search(query("升级前的内容", 5)))).containsExactly(id);
            try (SearchIndex.Rebuild rebuild = upgraded.beginRebuild()) {
                rebuild.load(List.of(version(id, 1, "升级前的内容")));
                assertThat(ids(upgraded.search(query("升级前的内容", 5)))).containsExactly(id);
                rebuild.switchOver();
            }
            assertThat(upgraded.schemaOutdated()).isFalse();
            assertThat(ids(upgraded.search(query("shengji", 5)))).containsExactly(id);
        } finally {
            dispose(upgraded);
        }
    }

    private String firstTitle(String text) {
        return index.search(query(text, 1)).hits().get(0).title();
    }

    @Test
    void broadcastQueryFindsTheBroadcastsFirst() {
        SearchHits result = index.search(query("广播", 20));

        assertThat(result.hits().get(0).id()).isEqualTo(packIds.get("audio-menghan-shuangyu-guangbo"));
        assertThat(result.hits().stream().limit(8).map(h -> packKeys.get(h.id())))
                .allMatch(key -> key.startsWith("audio-"));
    }

    // ------------------------------------------------------------------ matching and highlighting

    @Test
    void partialChineseWordFindsTheWholeWordWithHighlights() {
        SearchHits result = index.search(query("端午", 10));

        SearchHits.Hit first = result.hits().get(0);
        assertThat(first.title()).contains("<em>端午</em>");
        assertThat(result.hits())
                .allSatisfy(hit -> assertThat(hit.title() + hit.snippet()).contains("<em>"));
    }

    @Test
    void aCodeBesideAWordMustMatchWhileTheWordAloneIsNotEnough() {
        long coded = synthetic(doc("停水通知XQ7715号楼", "小区停水通知"), 1);
        long otherCode = synthetic(doc("停水通知XQ7716号楼", "小区停水通知"), 1);
        long noCode = synthetic(doc("停水通知", "小区停水通知"), 1);

        assertThat(ids(index.search(query("停水XQ7715", 10)))).containsExactly(coded);
        assertThat(ids(index.search(query("xq7715", 10)))).containsExactly(coded);
        assertThat(ids(index.search(query("停水", 10)))).contains(coded, otherCode, noCode);
    }

    @Test
    void snippetIsAShortPassageAroundTheMatch() {
        SearchHits result = index.search(query("乌力格尔", 5));

        SearchHits.Hit hit = result.hits().get(0);
        assertThat(hit.id()).isEqualTo(packIds.get("audio-menghan-shuangyu-guangbo"));
        assertThat(hit.snippet()).contains("<em>").contains("乌力格尔".substring(0, 2));
        assertThat(plain(hit.snippet()).length()).isLessThanOrEqualTo(QueryShape.SNIPPET_LENGTH + 30);
    }

    @Test
    void highlightsEscapeHtmlAndUseTheRequestedTags() {
        long id = synthetic(doc("<b>腊八粥</b>与腊八节", "熬一锅腊八粥 & 送邻居"), 1);

        SearchHits result =
                index.search(new SearchQuery("腊八粥", null, null, null, null, null, now(), 0, 10, "<mark>", "</mark>"));

        SearchHits.Hit hit =
                result.hits().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        assertThat(hit.title()).contains("&lt;b&gt;").contains("<mark>").doesNotContain("<b>");
        assertThat(hit.snippet()).contains("&amp;");
    }

    @Test
    void mongolianTextIsSearchableByWholeWords() {
        long id = synthetic(new SearchDocument(
                SYNTHETIC_IDS.incrementAndGet(),
                1,
                true,
                ContentKind.AUDIO,
                "mn",
                1L,
                null,
                List.of(),
                "ᠨᠠᠢᠮᠠᠨ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠰᠣᠶᠣᠯ",
                null,
                null,
                "ᠰᠣᠶᠣᠯ ᠤᠨ ᠠᠵᠢᠯ",
                null,
                null,
                past(),
                Long.MAX_VALUE));

        assertThat(ids(index.search(query("ᠬᠣᠰᠢᠭᠤ", 10)))).contains(id);
        assertThat(ids(index.search(query("ᠠᠵᠢᠯ", 10)))).contains(id);
        assertThat(ids(index.search(query("ᠬᠣᠰᠢ", 10)))).doesNotContain(id);
    }

    // ------------------------------------------------------------------ visibility

    @Test
    void onlyItemsInsideTheirWindowAreFound() {
        long current = now();
        long visible = synthetic(window("窗口内容甲", current - 60_000, current + 60_000));
        long future = synthetic(window("窗口内容甲", current + 60_000, Long.MAX_VALUE));
        long expired = synthetic(window("窗口内容甲", current - 120_000, current - 60_000));
        long endsNow = synthetic(window("窗口内容甲", current - 120_000, current));

        List<Long> found = ids(
                index.search(new SearchQuery("窗口内容甲", null, null, null, null, null, current, 0, 10, "<em>", "</em>")));

        assertThat(found).contains(visible).doesNotContain(future, expired, endsNow);
        List<Long> later = ids(index.search(
                new SearchQuery("窗口内容甲", null, null, null, null, null, current + 61_000, 0, 10, "<em>", "</em>")));
        assertThat(later).contains(future).doesNotContain(visible);
    }

    // ------------------------------------------------------------------ versions and tombstones

    @Test
    void newestVersionWinsWhateverTheOrder() {
        long id = SYNTHETIC_IDS.incrementAndGet();
        index.apply(List.of(version(id, 2, "沙棘果采摘")));
        index.apply(List.of(version(id, 1, "胡杨林保护")));

        assertThat(ids(index.search(query("沙棘果采摘", 10)))).contains(id);
        assertThat(ids(index.search(query("胡杨林保护", 10)))).doesNotContain(id);
        assertThat(index.liveVersions()).containsEntry(id, 2L);
    }

    @Test
    void tombstoneRemovesAndOlderCopiesCannotReturn() {
        long id = SYNTHETIC_IDS.incrementAndGet();
        index.apply(List.of(version(id, 3, "墓碑测试")));
        index.apply(List.of(SearchDocument.tombstone(id, 4)));
        index.apply(List.of(version(id, 3, "墓碑测试")));

        assertThat(ids(index.search(query("墓碑测试", 10)))).doesNotContain(id);
        assertThat(index.liveVersions()).doesNotContainKey(id);

        index.apply(List.of(version(id, 5, "墓碑测试")));
        assertThat(ids(index.search(query("墓碑测试", 10)))).contains(id);
    }

    @Test
    void applyingTheSameDocumentTwiceIsHarmless() {
        SearchDocument document = version(SYNTHETIC_IDS.incrementAndGet(), 7, "重复写入测试");
        index.apply(List.of(document, document));
        index.apply(List.of(document));

        SearchHits result = index.search(query("重复写入测试", 10));
        assertThat(ids(result)).containsOnlyOnce(document.id());
    }

    // ------------------------------------------------------------------ filters and paging

    @Test
    void filtersNarrowTheResults() {
        long duanwuZongzi = packIds.get("fest-duanwu-zongzi-linli-shouwang");
        long duanwuXiangnang = packIds.get("fest-duanwu-xiangnang-liushou-ertong");

        assertThat(ids(index.search(filtered("志愿服务", ContentKind.AUDIO, null, null, null, null))))
                .isNotEmpty()
                .allMatch(id -> packKeys.get(id).startsWith("audio-"));
        assertThat(ids(index.search(filtered("端午", null, null, "香囊", null, null))))
                .containsExactly(duanwuXiangnang);
        assertThat(ids(index.search(filtered("端午", null, null, null, "DUANWU", null))))
                .containsExactlyInAnyOrder(duanwuZongzi, duanwuXiangnang);
        assertThat(ids(index.search(filtered("端午", null, "mn", null, null, null))))
                .isEmpty();
        Long unit = documents.current(List.of(duanwuZongzi)).get(0).orgUnitId();
        assertThat(ids(index.search(filtered("端午", null, null, null, null, List.of(unit)))))
                .containsExactly(duanwuZongzi);
        assertThat(ids(index.search(filtered("端午", null, null, null, null, List.of()))))
                .isEmpty();
    }

    @Test
    void pagesAreSlicesOfOneRankingWithATotal() {
        SearchHits all = index.search(query("志愿服务", 30));
        SearchHits second =
                index.search(new SearchQuery("志愿服务", null, null, null, null, null, now(), 5, 5, "<em>", "</em>"));

        assertThat(all.total()).isGreaterThan(10);
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(ids(second)).containsExactlyElementsOf(ids(all).subList(5, 10));
    }

    // ------------------------------------------------------------------ suggestions

    @Test
    void suggestionsCompleteTitlesAndTagsOfVisibleItems() {
        List<SearchIndex.Suggestion> found = index.suggest("端午", now(), 20);

        Set<String> offered = new LinkedHashSet<>();
        found.forEach(s -> {
            offered.add(s.title());
            offered.addAll(s.tags());
        });
        assertThat(offered).contains("端午节", "端午节｜包粽子、送祝福，邻里守望情更浓");
        assertThat(index.suggest(
                        "端午", SearchDocument.millis(LocalDateTime.now(clock).minusYears(30)), 20))
                .isEmpty();
    }

    @Test
    void suggestionsAlsoMatchWordsInsideTitles() {
        List<SearchIndex.Suggestion> found = index.suggest("绿水青山", now(), 10);

        assertThat(found).extracting(SearchIndex.Suggestion::title).contains("平语近人｜绿水青山就是金山银山");
    }

    // ------------------------------------------------------------------ hostile input

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void hostileQueriesAreAnsweredWithoutErrors(String text) {
        assertThatCode(() -> index.search(query(text, 10))).doesNotThrowAnyException();
        assertThatCode(() -> index.suggest(text, now(), 10)).doesNotThrowAnyException();
    }

    static Stream<String> hostileQueries() {
        return Stream.of(
                "title:*",
                "(((",
                "\\",
                "😀🎉",
                "*",
                "a AND OR NOT",
                "\"unclosed",
                "~!@#$%^&*()_+{}|:<>?",
                "端午".repeat(50),
                "志愿服务 title:(端午 OR 雷锋)^5 /regex.*/",
                "ᠨᠠᠢᠮᠠᠨ\u0000\u001f");
    }

    // ------------------------------------------------------------------ bookkeeping and rebuild

    @Test
    void statsCountLiveDocumentsOnly() {
        long before = index.stats().documents();
        long id = synthetic(doc("统计测试", "统计测试"), 1);
        assertThat(index.stats().documents()).isEqualTo(before + 1);

        index.apply(List.of(SearchDocument.tombstone(id, 2)));

        SearchIndex.Stats stats = index.stats();
        assertThat(stats.documents()).isEqualTo(before);
        assertThat(stats.name()).isNotBlank();
        assertThat(stats.sizeBytes()).isPositive();
    }

    @Test
    void rebuildSwitchesToTheNewIndexWithChangesMadeMeanwhile() {
        Map<Long, Long> before = index.liveVersions();
        long changed = SYNTHETIC_IDS.incrementAndGet();
        long discarded = SYNTHETIC_IDS.incrementAndGet();

        try (SearchIndex.Rebuild rebuild = index.beginRebuild()) {
            rebuild.load(documents.current(
                    before.keySet().stream().filter(packKeys::containsKey).toList()));
            index.apply(List.of(version(discarded, 1, "重建期间旧索引")));
            assertThat(ids(index.search(query("端午", 5)))).isNotEmpty();
            rebuild.apply(List.of(version(changed, 1, "重建期间新内容")));
            rebuild.switchOver();
        }

        assertThat(ids(index.search(query("重建期间新内容", 5)))).containsExactly(changed);
        assertThat(ids(index.search(query("重建期间旧索引", 5)))).doesNotContain(discarded);
        assertThat(ids(index.search(query("端午", 5)))).contains(packIds.get("fest-duanwu-zongzi-linli-shouwang"));
        assertThat(index.liveVersions().keySet()).containsAll(packIds.values());
    }

    @Test
    void abandonedRebuildLeavesTheLiveIndexAlone() {
        long before = index.stats().documents();
        try (SearchIndex.Rebuild rebuild = index.beginRebuild()) {
            rebuild.load(List.of(version(SYNTHETIC_IDS.incrementAndGet(), 1, "放弃的重建")));
        }

        assertThat(index.stats().documents()).isEqualTo(before);
        assertThat(ids(index.search(query("放弃的重建", 5)))).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    SearchQuery query(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, now(), 0, limit, "<em>", "</em>");
    }

    SearchQuery filtered(
            String text, ContentKind kind, String language, String tag, String festival, List<Long> units) {
        return new SearchQuery(text, kind, language, tag, festival, units, now(), 0, 20, "<em>", "</em>");
    }

    /** The product's clock: its local date-times are those of its zone, not the machine's. */
    long now() {
        return SearchDocument.millis(LocalDateTime.now(clock));
    }

    long past() {
        return now() - 3_600_000;
    }

    static List<Long> ids(SearchHits hits) {
        return hits.hits().stream().map(SearchHits.Hit::id).toList();
    }

    static String plain(String marked) {
        return marked.replaceAll("<[^>]+>", "");
    }

    private long synthetic(SearchDocument document) {
        index.apply(List.of(document));
        return document.id();
    }

    private long synthetic(SearchDocument document, long version) {
        return synthetic(new SearchDocument(
                document.id(),
                version,
                true,
                document.kind(),
                document.language(),
                document.orgUnitId(),
                null,
                List.of(),
                document.title(),
                document.summary(),
                null,
                document.body(),
                null,
                null,
                document.publishAt(),
                document.offlineAt()));
    }

    private SearchDocument doc(String title, String summary) {
        return new SearchDocument(
                SYNTHETIC_IDS.incrementAndGet(),
                1,
                true,
                ContentKind.POSTER,
                "zh",
                1L,
                null,
                List.of(),
                title,
                summary,
                null,
                null,
                null,
                null,
                past(),
                Long.MAX_VALUE);
    }

    private SearchDocument window(String title, long publishAt, long offlineAt) {
        return new SearchDocument(
                SYNTHETIC_IDS.incrementAndGet(),
                1,
                true,
                ContentKind.POSTER,
                "zh",
                1L,
                null,
                List.of(),
                title,
                null,
                null,
                null,
                null,
                null,
                publishAt,
                offlineAt);
    }

    private SearchDocument version(long id, long version, String title) {
        return new SearchDocument(
                id,
                version,
                true,
                ContentKind.POSTER,
                "zh",
                1L,
                null,
                List.of(),
                title,
                null,
                null,
                null,
                null,
                null,
                past(),
                Long.MAX_VALUE);
    }
}
