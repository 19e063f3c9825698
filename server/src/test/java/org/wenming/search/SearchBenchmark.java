package org.wenming.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.jsoup.Jsoup;
import org.springframework.util.FileSystemUtils;
import org.wenming.content.ContentKind;
import org.wenming.support.EmbeddedElasticsearch;

/**
 * The search benchmark of {@code scripts/bench/search.sh} (not a test): generates N items from the sentences
 * of the sample content pack, loads them into the embedded index and into a real Elasticsearch node in this
 * JVM, then measures query latency: p50/p95 of the embedded index, and for Elasticsearch our adapter's
 * whole path against the client sending the very same request directly, interleaved, with the ratio.
 *
 * <p>Arguments: items (100000), measured queries per engine (2000), "--no-es" to skip Elasticsearch.
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of(
            "端午",
            "志愿服务",
            "雷锋",
            "移风易俗",
            "广播",
            "八仙筒镇",
            "文明积分",
            "草原书屋",
            "彩礼",
            "婚事新办",
            "绿水青山",
            "幸福都是奋斗出来的",
            "石榴籽",
            "月饼",
            "重阳节",
            "防汛",
            "党的二十大精神",
            "乡村振兴",
            "留守儿童",
            "理发",
            "读书",
            "新时代文明实践",
            "包粽子",
            "春联",
            "民族团结",
            "青年志愿者",
            "好来宝",
            "文艺演出",
            "义诊",
            "家风",
            // as residents type on a phone: pinyin, initials, traditional, homophones, questions, one character
            "duanwu",
            "cao yuan shu wu",
            "dwj",
            "wmsj",
            "端午節",
            "学雷峰",
            "端午节有什么活动",
            "新时代文明实践站在哪里",
            "粽",
            "xinshidaiwenmingshijian");
    private static final List<String> PREFIXES = List.of("端", "端午", "d", "du", "duanw", "dwj", "xue", "草原", "cy", "x");
    private static final int WARM_UP = 500;
    private static final Clock CLOCK = Clock.systemUTC();

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        boolean withElasticsearch = !Arrays.asList(args).contains("--no-es");
        List<SearchDocument> documents = generate(items, new Random(20261129));
        System.out.printf(
                "generated %,d items (%,d characters of text)%n",
                documents.size(),
                documents.stream()
                        .mapToLong(d -> d.wordText().length()
                                + (d.body() == null ? 0 : d.body().length())
                                + (d.transcript() == null ? 0 : d.transcript().length()))
                        .sum());

        Path folder = Files.createTempDirectory("wenming-bench-index");
        LuceneSearchIndex lucene = new LuceneSearchIndex(folder);
        try {
            double seconds = load(lucene, documents);
            SearchIndex.Stats stats = lucene.stats();
            System.out.printf(
                    "embedded index: loaded in %.1f s (%.2f s per 10,000 items), %,d bytes (%,d per 10,000 items)%n",
                    seconds,
                    seconds * 10_000 / documents.size(),
                    stats.sizeBytes(),
                    stats.sizeBytes() * 10_000 / documents.size());
            double[] cpu = new double[measured];
            double[] embedded = measure(measured, i -> lucene.search(query(i)), cpu);
            System.out.printf(
                    "embedded index: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries, %d results max)%n",
                    percentile(embedded, 50), percentile(embedded, 95), percentile(embedded, 99), measured, 10);
            printCpu(cpu);
            printSlowest(embedded);
            long now = SearchDocument.millis(LocalDateTime.now(CLOCK));
            double[] suggestCpu = new double[measured];
            double[] suggest =
                    measure(measured, i -> lucene.suggest(PREFIXES.get(i % PREFIXES.size()), now, 50), suggestCpu);
            System.out.printf(
                    "embedded suggestions: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    percentile(suggest, 50), percentile(suggest, 95), percentile(suggest, 99));
            printCpu(suggestCpu);
        } finally {
            lucene.destroy();
            FileSystemUtils.deleteRecursively(folder.toFile());
        }

        if (withElasticsearch) {
            benchmarkElasticsearch(documents, measured);
        }
        System.exit(0);
    }

    private static void benchmarkElasticsearch(List<SearchDocument> documents, int measured) throws IOException {
        String url = EmbeddedElasticsearch.url();
        // A generous socket timeout: the node shares this JVM and the machine, and a loaded one is slow.
        RestClient rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config.setSocketTimeout(300_000))
                .build();
        ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        ElasticsearchSearchIndex elasticsearch = new ElasticsearchSearchIndex(
                client,
                new SearchProperties.Elasticsearch(
                        List.of(url),
                        null,
                        null,
                        "bench",
                        "cjk",
                        "smartcn",
                        1,
                        0,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(60)));
        double seconds = load(elasticsearch, documents);
        System.out.printf(
                "elasticsearch: loaded in %.1f s (%.2f s per 10,000 items), %,d bytes (%,d per 10,000 items)%n",
                seconds,
                seconds * 10_000 / documents.size(),
                elasticsearch.stats().sizeBytes(),
                elasticsearch.stats().sizeBytes() * 10_000 / documents.size());
        List<SearchRequest> requests = QUERIES.stream()
                .map(text -> elasticsearch.searchRequest(query(text), false))
                .toList();
        measure(WARM_UP, i -> elasticsearch.search(query(i)));
        double[] ours = new double[measured];
        double[] direct = new double[measured];
        for (int i = 0; i < measured; i++) {
            int at = i;
            ours[i] = time(() -> elasticsearch.search(query(at)));
            direct[i] = time(() -> {
                try {
                    client.search(requests.get(at % requests.size()), JsonNode.class);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        System.out.printf(
                "elasticsearch, our path:     p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                percentile(ours, 50), percentile(ours, 95), percentile(ours, 99));
        System.out.printf(
                "elasticsearch, direct query: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                percentile(direct, 50), percentile(direct, 95), percentile(direct, 99));
        System.out.printf(
                "ratio ours/direct: p50 %.2f, p95 %.2f, p99 %.2f, mean %.2f%n",
                percentile(ours, 50) / percentile(direct, 50),
                percentile(ours, 95) / percentile(direct, 95),
                percentile(ours, 99) / percentile(direct, 99),
                Arrays.stream(ours).average().orElse(0)
                        / Arrays.stream(direct).average().orElse(1));
        elasticsearch.close();
    }

    /** Median latency of each query, slowest first: where the tail comes from. */
    private static void printSlowest(double[] millis) {
        List<String> slowest = new ArrayList<>();
        for (int q = 0; q < QUERIES.size(); q++) {
            List<Double> times = new ArrayList<>();
            for (int i = q; i < millis.length; i += QUERIES.size()) {
                times.add(millis[i]);
            }
            double[] sorted =
                    times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            slowest.add(String.format("%7.2f ms  %s", sorted[sorted.length / 2], QUERIES.get(q)));
        }
        slowest.sort(java.util.Comparator.reverseOrder());
        System.out.println("slowest queries (median):");
        slowest.stream().limit(8).forEach(line -> System.out.println("  " + line));
    }

    private static double load(SearchIndex index, List<SearchDocument> documents) {
        long start = System.nanoTime();
        try (SearchIndex.Rebuild rebuild = index.beginRebuild()) {
            for (int from = 0; from < documents.size(); from += 1000) {
                rebuild.load(documents.subList(from, Math.min(documents.size(), from + 1000)));
            }
            rebuild.switchOver();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double[] measure(int count, Consumer<Integer> run) {
        return measure(count, run, new double[count]);
    }

    /**
     * Wall-clock milliseconds of each run; {@code cpu} receives the CPU time of each, which a machine
     * loaded by other work inflates far less than the wall clock.
     */
    private static double[] measure(int count, Consumer<Integer> run, double[] cpu) {
        for (int i = 0; i < WARM_UP; i++) {
            run.accept(i);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            int at = i;
            long cpuStart = threads.getCurrentThreadCpuTime();
            millis[i] = time(() -> run.accept(at));
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        return millis;
    }

    private static void printCpu(double[] cpu) {
        System.out.printf(
                "  CPU time:  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (load average %s)%n",
                percentile(cpu, 50),
                percentile(cpu, 95),
                percentile(cpu, 99),
                String.format(
                        "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    private static double time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static SearchQuery query(int i) {
        return query(QUERIES.get(i % QUERIES.size()));
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(
                text,
                null,
                null,
                null,
                null,
                null,
                SearchDocument.millis(LocalDateTime.now(CLOCK)),
                0,
                10,
                "<em>",
                "</em>");
    }

    /** Items made of random sentences, titles, tags and names of the sample content pack. */
    private static List<SearchDocument> generate(int count, Random random) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : List.of("brand-projects.yaml", "contents.yaml")) {
            try (InputStream in = SearchBenchmark.class.getResourceAsStream("/content-pack/" + file)) {
                for (JsonNode item : yaml.readTree(in).get("items")) {
                    titles.add(item.get("title").asText());
                    item.get("tags").forEach(tag -> tags.add(tag.asText()));
                    for (String field : List.of("summary", "body", "transcript", "interpretation", "quote")) {
                        if (item.hasNonNull(field)) {
                            String text = field.equals("body")
                                    ? Jsoup.parse(item.get(field).asText()).text()
                                    : item.get(field).asText();
                            for (String sentence : text.split("(?<=[。！？；])")) {
                                if (sentence.strip().length() > 4) {
                                    sentences.add(sentence.strip());
                                }
                            }
                        }
                    }
                }
            }
        }
        long now = SearchDocument.millis(LocalDateTime.now(CLOCK));
        List<SearchDocument> documents = new ArrayList<>(count);
        ContentKind[] kinds = ContentKind.values();
        for (int i = 1; i <= count; i++) {
            ContentKind kind = kinds[random.nextInt(kinds.length)];
            String title = titles.get(random.nextInt(titles.size())) + "（第" + i + "期）";
            long publishAt = now - random.nextInt(1_000_000_000);
            long offlineAt = random.nextInt(20) == 0 ? now - 1000 : Long.MAX_VALUE;
            documents.add(new SearchDocument(
                    i,
                    1,
                    true,
                    kind,
                    random.nextInt(10) == 0 ? "mn" : "zh",
                    (long) random.nextInt(60) + 1,
                    null,
                    List.of(tags.get(random.nextInt(tags.size())), tags.get(random.nextInt(tags.size()))),
                    title,
                    sentences(sentences, random, 2),
                    kind == ContentKind.POSTER ? sentences(sentences, random, 1) : null,
                    sentences(sentences, random, 6),
                    kind == ContentKind.AUDIO ? sentences(sentences, random, 12) : null,
                    "奈曼旗 示例单位" + random.nextInt(60),
                    publishAt,
                    offlineAt));
        }
        return documents;
    }

    private static String sentences(List<String> pool, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pool.get(random.nextInt(pool.size())));
        }
        return text.toString();
    }
}
