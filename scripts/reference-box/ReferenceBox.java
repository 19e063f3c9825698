/*
 * The reference box of the Wenming station API: what a village IP speaker or Android box does, in one file
 * with only the JDK 17 and ffmpeg. Vendors copy its behaviour (see README.md, "Broadcast stations: integration
 * guide for vendors").
 *
 *   java ReferenceBox.java --server https://wenming.example.cn --key KEY --dir /var/lib/box [--out DIR]
 *
 * It keeps everything it needs in --dir: the last schedule (schedule.json), the verified files (files/<sha256>),
 * the receipts not yet accepted (receipts.jsonl), and the slots already played (played.txt). So it keeps
 * playing through days without the server and after a restart, and uploads its backlog once it can.
 * Threads: sync (schedule v2 with If-None-Match, downloads and SHA-256 checks), changes (the long-poll),
 * heartbeat, receipts upload, and the player, which plays each slot at its start with ffmpeg (--out DIR
 * writes WAV files there instead of the sound card; --out null decodes to nothing, for tests).
 * Every event is one line on stdout (SYNCED, PLAYED, RECEIPTS, OFFLINE, …) for logs and checks.
 */

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

public class ReferenceBox {

    static final String VERSION = "reference-box/1.0";
    /** A regular slot found more than this late (the box was off) is skipped, not played late. */
    static final Duration LATE_LIMIT = Duration.ofSeconds(30);
    static final int MAX_BATCH = 500;

    final String server;
    final String key;
    final Path dir;
    final Path files;
    final String out;
    final Duration heartbeatEvery;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Semaphore syncNow = new Semaphore(0);
    final Object receiptsLock = new Object();
    final Set<String> played = new LinkedHashSet<>();

    volatile Map<String, Object> schedule;
    volatile String etag;
    volatile String nowPlaying;
    volatile String lastError;
    volatile boolean online = true;

    ReferenceBox(Map<String, String> options) throws IOException {
        server = required(options, "server").replaceAll("/+$", "");
        key = required(options, "key");
        dir = Path.of(options.getOrDefault("dir", "box-data"));
        files = dir.resolve("files");
        out = options.getOrDefault("out", "");
        heartbeatEvery = Duration.ofSeconds(Long.parseLong(options.getOrDefault("heartbeat-seconds", "60")));
        Files.createDirectories(files);
        if (Files.exists(dir.resolve("schedule.json"))) {
            schedule = Json.object(Files.readString(dir.resolve("schedule.json")));
            log("LOADED schedule version=" + schedule.get("version") + " from disk");
        }
        if (Files.exists(dir.resolve("played.txt"))) {
            played.addAll(Files.readAllLines(dir.resolve("played.txt")));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ReferenceBox(options).run();
    }

    void run() throws InterruptedException {
        daemon("sync", this::syncLoop);
        daemon("changes", this::changesLoop);
        daemon("heartbeat", this::heartbeatLoop);
        daemon("receipts", this::uploadLoop);
        playLoop();
    }

    // ---- schedule: fetch the week, cache and verify every file, then switch to it

    void syncLoop() {
        while (true) {
            try {
                sync();
            } catch (Exception e) {
                offline("sync", e);
            }
            long poll = schedule == null ? 10 : ((Number) schedule.get("pollIntervalSeconds")).longValue();
            acquire(syncNow, poll);
        }
    }

    void sync() throws Exception {
        HttpRequest.Builder request = get("/api/station/v1/schedule");
        if (etag != null && schedule != null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        backOnline();
        if (response.statusCode() == 304) {
            return;
        }
        require(response, 200);
        Map<String, Object> fetched = Json.object(response.body());
        int downloaded = 0;
        for (Map<String, Object> item : items(fetched)) {
            if (ensureCached(item)) {
                downloaded++;
            }
        }
        Path saved = dir.resolve("schedule.json.new");
        Files.writeString(saved, response.body());
        Files.move(saved, dir.resolve("schedule.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        schedule = fetched;
        etag = response.headers().firstValue("ETag").orElse(null);
        log("SYNCED version=" + fetched.get("version") + " slots=" + slots(fetched).size() + " downloaded=" + downloaded
                + " validUntil=" + fetched.get("validUntil"));
    }

    /** True when the file had to be downloaded; a file whose SHA-256 does not match is never kept. */
    boolean ensureCached(Map<String, Object> item) throws Exception {
        String sha = (String) item.get("sha256");
        if (sha == null || Files.exists(files.resolve(sha))) {
            return false;
        }
        Path partial = files.resolve(sha + ".part");
        HttpResponse<Path> response = http.send(
                HttpRequest.newBuilder(URI.create((String) item.get("url"))).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofFile(partial));
        require(response, 200);
        String actual = sha256(partial);
        if (!actual.equals(sha)) {
            Files.deleteIfExists(partial);
            throw new IOException("SHA-256 mismatch for " + item.get("url") + ": " + actual);
        }
        Files.move(partial, files.resolve(sha), StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    // ---- changes: a long-poll that wakes the sync at once

    void changesLoop() {
        while (true) {
            Map<String, Object> current = schedule;
            try {
                String since = current == null ? "" : (String) current.get("version");
                HttpResponse<String> response = http.send(
                        get("/api/station/v1/changes?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8))
                                .timeout(Duration.ofSeconds(75))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                require(response, 200);
                backOnline();
                Map<String, Object> answer = Json.object(response.body());
                if (Boolean.TRUE.equals(answer.get("changed"))) {
                    log("CHANGED version=" + answer.get("version"));
                    syncNow.release();
                    waitForNewVersion(since);
                }
            } catch (Exception e) {
                offline("changes", e);
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    /** Asking again before the sync finished would only be answered "changed" again at once. */
    void waitForNewVersion(String since) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && schedule != null && since.equals(schedule.get("version"))) {
            sleep(Duration.ofMillis(100));
        }
    }

    // ---- heartbeat: what the box is doing; files the server lists again are fetched at once

    void heartbeatLoop() {
        while (true) {
            try {
                heartbeat();
            } catch (Exception e) {
                offline("heartbeat", e);
            }
            sleep(heartbeatEvery);
        }
    }

    void heartbeat() throws Exception {
        List<String> cached = new ArrayList<>();
        try (var listing = Files.list(files)) {
            listing.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9a-f]{64}")).forEach(cached::add);
        }
        List<String> missing = new ArrayList<>();
        Map<String, Object> current = schedule;
        if (current != null) {
            for (Map<String, Object> item : items(current)) {
                String sha = (String) item.get("sha256");
                if (sha != null && !cached.contains(sha) && !missing.contains(sha) && missing.size() < 100) {
                    missing.add(sha);
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appVersion", VERSION);
        body.put("status", online ? "在线" : "离线后恢复");
        body.put("freeBytes", Files.getFileStore(dir).getUsableSpace());
        body.put("cachedCount", cached.size());
        body.put("missingSha256", missing);
        body.put("nowPlaying", nowPlaying);
        body.put("lastError", lastError);
        HttpResponse<String> response = http.send(post("/api/station/v1/heartbeat", Json.write(body)), HttpResponse.BodyHandlers.ofString());
        require(response, 200);
        backOnline();
        for (Object item : (List<?>) Json.object(response.body()).get("download")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> file = (Map<String, Object>) item;
            ensureCached(file);
            log("REFETCHED sha256=" + file.get("sha256"));
        }
    }

    // ---- player: each slot at its start, from the cache

    void playLoop() throws InterruptedException {
        while (true) {
            Map<String, Object> current = schedule;
            if (current != null) {
                for (Map<String, Object> slot : slots(current)) {
                    if (due(current, slot)) {
                        play(slot);
                    }
                }
            }
            Thread.sleep(100);
        }
    }

    /**
     * A slot is due from its start; a regular one until it is too late, an urgent one until its insert ends
     * (a box that learns of a warning late still plays it).
     */
    boolean due(Map<String, Object> schedule, Map<String, Object> slot) {
        Instant now = Instant.now();
        Instant start = instant(slot.get("start"));
        if (played.contains((String) slot.get("id")) || now.isBefore(start)) {
            return false;
        }
        Instant until = Boolean.TRUE.equals(slot.get("urgent")) ? urgentEnd(schedule, start) : start.plus(LATE_LIMIT);
        if (!now.isBefore(until)) {
            markPlayed(slot);
            log("SKIPPED slot=" + slot.get("id") + " (found too late)");
            return false;
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static Instant urgentEnd(Map<String, Object> schedule, Instant slotStart) {
        Instant end = slotStart;
        for (Object entry : (List<?>) schedule.get("urgents")) {
            Map<String, Object> urgent = (Map<String, Object>) entry;
            Instant from = instant(urgent.get("start"));
            Instant until = instant(urgent.get("end"));
            if (!slotStart.isBefore(from) && slotStart.isBefore(until) && until.isAfter(end)) {
                end = until;
            }
        }
        return end;
    }

    void play(Map<String, Object> slot) {
        markPlayed(slot);
        Instant start = instant(slot.get("start"));
        int index = 0;
        for (Object entry : (List<?>) slot.get("items")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) entry;
            OffsetDateTime startedAt = OffsetDateTime.now();
            String result = playFile(item, slot.get("volume"), start.getEpochSecond() + "-" + index);
            OffsetDateTime finishedAt = OffsetDateTime.now();
            long lateMillis = Duration.between(instant(item.get("startsAt")), startedAt.toInstant()).toMillis();
            log("PLAYED slot=" + slot.get("id") + " content=" + item.get("contentId") + " startedAt=" + startedAt
                    + " lateMs=" + lateMillis + " urgent=" + slot.get("urgent") + " source=cache result=" + result);
            queueReceipt(slot, item, index, startedAt, finishedAt, result);
            index++;
        }
        nowPlaying = null;
    }

    String playFile(Map<String, Object> item, Object volume, String name) {
        Path file = item.get("sha256") == null ? null : files.resolve((String) item.get("sha256"));
        if (file == null || !Files.exists(file)) {
            lastError = "文件未缓存：" + item.get("title");
            return "FAILED";
        }
        nowPlaying = (String) item.get("title");
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-re", "-i", file.toString()));
        if (volume instanceof Number percent) {
            command.addAll(List.of("-af", "volume=" + percent.doubleValue() / 100));
        }
        if (out.isEmpty() || out.equals("null")) {
            command.addAll(List.of("-f", "null", "-"));
        } else {
            command.addAll(List.of("-y", Path.of(out, name + ".wav").toString()));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                lastError = "ffmpeg: " + output.strip();
                return "FAILED";
            }
            return "COMPLETED";
        } catch (IOException e) {
            lastError = "ffmpeg: " + e.getMessage();
            return "FAILED";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "INTERRUPTED";
        }
    }

    void markPlayed(Map<String, Object> slot) {
        String id = (String) slot.get("id");
        if (played.add(id)) {
            append(dir.resolve("played.txt"), id);
        }
    }

    // ---- receipts: queued on disk, uploaded in batches whenever the server answers

    void queueReceipt(
            Map<String, Object> slot, Map<String, Object> item, int index, OffsetDateTime startedAt, OffsetDateTime finishedAt, String result) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("id", "box-" + instant(slot.get("start")).getEpochSecond() + "-" + index + "-" + item.get("contentId"));
        receipt.put("contentId", item.get("contentId"));
        receipt.put("slotTime", OffsetDateTime.parse((String) slot.get("start")).toLocalTime().toString());
        receipt.put("startedAt", startedAt.toString());
        receipt.put("finishedAt", finishedAt.toString());
        receipt.put("result", result);
        synchronized (receiptsLock) {
            append(dir.resolve("receipts.jsonl"), Json.write(receipt));
        }
    }

    void uploadLoop() {
        while (true) {
            try {
                upload();
            } catch (Exception e) {
                offline("receipts", e);
            }
            sleep(Duration.ofSeconds(2));
        }
    }

    void upload() throws Exception {
        Path queue = dir.resolve("receipts.jsonl");
        List<String> batch;
        synchronized (receiptsLock) {
            if (!Files.exists(queue)) {
                return;
            }
            batch = Files.readAllLines(queue).stream().filter(l -> !l.isBlank()).limit(MAX_BATCH).toList();
        }
        if (batch.isEmpty()) {
            return;
        }
        HttpResponse<String> response = http.send(
                post("/api/station/v1/receipts", "{\"receipts\":[" + String.join(",", batch) + "]}"),
                HttpResponse.BodyHandlers.ofString());
        require(response, 200);
        backOnline();
        Map<String, Object> answer = Json.object(response.body());
        for (Object rejected : (List<?>) answer.get("rejected")) {
            log("REFUSED receipt " + Json.write(rejected));
        }
        synchronized (receiptsLock) {
            List<String> remaining = new ArrayList<>(Files.readAllLines(queue));
            remaining.removeAll(batch);
            Files.write(queue, remaining);
        }
        log("RECEIPTS sent=" + batch.size() + " accepted=" + answer.get("accepted") + " duplicates="
                + answer.get("duplicates") + " refused=" + ((List<?>) answer.get("rejected")).size());
    }

    // ---- helpers

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).header("X-Station-Key", key).header("User-Agent", VERSION)
                .timeout(Duration.ofSeconds(20));
    }

    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(server + path)).header("X-Station-Key", key).header("User-Agent", VERSION)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    void offline(String what, Exception e) {
        if (online) {
            online = false;
            log("OFFLINE (" + what + "): " + e);
        }
    }

    void backOnline() {
        if (!online) {
            online = true;
            log("ONLINE again");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> slots(Map<String, Object> schedule) {
        return (List<Map<String, Object>>) (List<?>) schedule.get("slots");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> schedule) {
        List<Map<String, Object>> items = new ArrayList<>();
        slots(schedule).forEach(slot -> items.addAll((List<Map<String, Object>>) slot.get("items")));
        return items;
    }

    static Instant instant(Object text) {
        return OffsetDateTime.parse((String) text).toInstant();
    }

    static void require(HttpResponse<?> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    static void acquire(Semaphore semaphore, long seconds) {
        try {
            if (semaphore.tryAcquire(seconds, TimeUnit.SECONDS)) {
                semaphore.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("usage: java ReferenceBox.java --server URL --key KEY [--dir DIR] [--out DIR|null] [--heartbeat-seconds N]");
            System.exit(2);
        }
        return value;
    }

    static synchronized void log(String line) {
        System.out.println(Instant.now() + " " + line);
        System.out.flush();
    }

    /** Just enough JSON for the station API: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            return (Map<String, Object>) new Json(text).value();
        }

        private Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    skipSpace();
                    String name = string();
                    skipSpace();
                    at++; // ':'
                    map.put(name, value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                return list;
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("true", at)) {
                at += 4;
                return true;
            }
            if (text.startsWith("false", at)) {
                at += 5;
                return false;
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++; // opening quote
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                StringBuilder out = new StringBuilder("\"");
                for (char c : s.toCharArray()) {
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        case '\t' -> out.append("\\t");
                        default -> {
                            if (c < 0x20) {
                                out.append(String.format("\\u%04x", (int) c));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                List<String> fields = new ArrayList<>();
                map.forEach((k, v) -> fields.add(write(String.valueOf(k)) + ":" + write(v)));
                return "{" + String.join(",", fields) + "}";
            }
            if (value instanceof List<?> list) {
                List<String> elements = new ArrayList<>();
                list.forEach(v -> elements.add(write(v)));
                return "[" + String.join(",", elements) + "]";
            }
            return String.valueOf(value);
        }
    }
}
