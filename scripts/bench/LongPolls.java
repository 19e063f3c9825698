/*
 * Holds many station long-polls (GET /api/station/v1/changes) open at once and measures how long after a
 * change each one is answered. Used by station-poll.sh:
 *   java LongPolls.java BASE KEYS_FILE COUNT TRIGGER_FILE
 * Prints "HELD n" once every poll is sent, then waits for TRIGGER_FILE to hold the epoch millisecond at
 * which the change was committed, and prints the delivery latency p50/p99 of the polls answered "changed".
 *
 * The held polls are plain sockets on one selector thread, each a one-shot HTTP/1.1 request with
 * "Connection: close" that is answered when the server closes it, so the client's own cost per answer is a
 * read and a close: the figure is the server's. (The JDK HttpClient, used before, took seconds of the same
 * two cores to take in 5,000 answers.)
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LongPolls {

    private static final Pattern VERSION = Pattern.compile("\"version\":\"([0-9a-f]+)\"");
    private static final long GIVE_UP_MILLIS = 120_000;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        List<String> keys = Files.readAllLines(Path.of(args[1])).subList(0, Integer.parseInt(args[2]));
        Path trigger = Path.of(args[3]);
        List<String> versions = currentVersions(base, keys);

        Selector selector = Selector.open();
        InetSocketAddress server = new InetSocketAddress(base.getHost(), base.getPort());
        List<Poll> polls = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            polls.add(Poll.open(selector, server, base, keys.get(i), versions.get(i)));
        }
        long heldUntil = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < heldUntil) {
            readReady(selector, 100);
        }
        System.out.println("HELD " + polls.stream().filter(poll -> poll.answeredAt == 0).count());
        System.out.flush();

        while (!Files.exists(trigger) || Files.readString(trigger).isBlank()) {
            readReady(selector, 50);
        }
        long committed = Long.parseLong(Files.readString(trigger).strip());
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (polls.stream().anyMatch(poll -> poll.answeredAt == 0) && System.currentTimeMillis() < giveUp) {
            readReady(selector, 100);
        }
        List<Long> latencies = polls.stream()
                .filter(poll -> poll.answeredAt > 0 && poll.answer().contains("\"changed\":true"))
                .map(poll -> poll.answeredAt - committed)
                .sorted()
                .toList();
        List<Poll> failed = polls.stream().filter(poll -> !poll.answer().startsWith("HTTP/1.1 200")).toList();
        System.out.printf(
                "long-polls: %d held, %d answered changed, %d failed; delivery after the change p50 %s ms, p99 %s ms%n",
                keys.size(), latencies.size(), failed.size(), percentile(latencies, 50), percentile(latencies, 99));
        failed.stream().limit(3).forEach(poll -> System.out.println("  failure: " + poll.answer().lines().findFirst().orElse("no answer")));
    }

    /** Each station's current version, from its schedule (32 requests at a time). */
    private static List<String> currentVersions(URI base, List<String> keys) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<String> versions = new ArrayList<>(Collections.nCopies(keys.size(), ""));
        Semaphore parallel = new Semaphore(32);
        List<CompletableFuture<?>> fetches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            parallel.acquire();
            HttpRequest schedule = HttpRequest.newBuilder(base.resolve("/api/station/v1/schedule"))
                    .header("X-Station-Key", keys.get(i))
                    .timeout(Duration.ofSeconds(60))
                    .build();
            fetches.add(http.sendAsync(schedule, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
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
        return versions;
    }

    private static void readReady(Selector selector, long timeoutMillis) throws IOException {
        selector.select(key -> ((Poll) key.attachment()).read(key), timeoutMillis);
    }

    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.valueOf(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    /** One held poll: the request is written at once (the connect blocks, loopback answers in microseconds). */
    private static final class Poll {

        private final StringBuilder received = new StringBuilder();
        private final ByteBuffer buffer = ByteBuffer.allocate(2048);
        private long answeredAt;

        static Poll open(Selector selector, InetSocketAddress server, URI base, String key, String since)
                throws IOException {
            SocketChannel channel = SocketChannel.open(server);
            String request = "GET /api/station/v1/changes?since=" + since + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "X-Station-Key: " + key + "\r\n"
                    + "Connection: close\r\n\r\n";
            ByteBuffer bytes = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.configureBlocking(false);
            Poll poll = new Poll();
            channel.register(selector, SelectionKey.OP_READ, poll);
            return poll;
        }

        /** The answer is complete when the server closes the connection. */
        void read(SelectionKey key) {
            SocketChannel channel = (SocketChannel) key.channel();
            try {
                buffer.clear();
                int count = channel.read(buffer);
                if (count > 0) {
                    received.append(new String(buffer.array(), 0, count, StandardCharsets.UTF_8));
                } else if (count < 0) {
                    answeredAt = System.currentTimeMillis();
                    key.cancel();
                    channel.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String answer() {
            return received.toString();
        }
    }
}
