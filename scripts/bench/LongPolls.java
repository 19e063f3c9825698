/*
 * Holds many station long-polls (GET /api/station/v1/changes) open at once and measures how long after a
 * change each one is answered. Used by station-poll.sh:
 *   java LongPolls.java BASE KEYS_FILE COUNT TRIGGER_FILE
 * Prints "HELD n" once every poll is sent, then waits for TRIGGER_FILE to hold the epoch millisecond at
 * which the change was committed, and prints the delivery latency p50/p99 of the polls answered "changed".
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LongPolls {

    private static final Pattern VERSION = Pattern.compile("\"version\":\"([0-9a-f]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> keys = Files.readAllLines(Path.of(args[1])).subList(0, Integer.parseInt(args[2]));
        Path trigger = Path.of(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

        List<String> versions = new ArrayList<>(Collections.nCopies(keys.size(), ""));
        Semaphore parallel = new Semaphore(32);
        List<CompletableFuture<?>> fetches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            parallel.acquire();
            fetches.add(http.sendAsync(get(base + "/api/station/v1/schedule", keys.get(i)), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        parallel.release();
                        if (response != null) {
                            Matcher m = VERSION.matcher(response.body());
                            if (m.find()) {
                                versions.set(index, m.group(1));
                            }
                        }
                    }));
        }
        CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new)).join();

        ConcurrentLinkedQueue<Long> changedAt = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> polls = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            HttpRequest poll = HttpRequest.newBuilder(URI.create(base + "/api/station/v1/changes?since=" + versions.get(i)))
                    .header("X-Station-Key", keys.get(i))
                    .timeout(Duration.ofSeconds(120))
                    .build();
            polls.add(http.sendAsync(poll, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.currentTimeMillis();
                if (error != null) {
                    failures.add(error.toString());
                } else if (response.body().contains("\"changed\":true")) {
                    changedAt.add(now);
                }
            }));
        }
        Thread.sleep(3000);
        System.out.println("HELD " + (keys.size() - changedAt.size() - failures.size()));
        System.out.flush();

        while (!Files.exists(trigger) || Files.readString(trigger).isBlank()) {
            Thread.sleep(50);
        }
        long committed = Long.parseLong(Files.readString(trigger).strip());
        CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        List<Long> latencies = changedAt.stream().map(at -> at - committed).sorted().toList();
        System.out.printf(
                "long-polls: %d held, %d answered changed, %d failed; delivery after the change p50 %s ms, p99 %s ms%n",
                keys.size(), latencies.size(), failures.size(), percentile(latencies, 50), percentile(latencies, 99));
        failures.stream().limit(3).forEach(f -> System.out.println("  failure: " + f));
    }

    private static HttpRequest get(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Station-Key", key).timeout(Duration.ofSeconds(60)).build();
    }

    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.valueOf(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
