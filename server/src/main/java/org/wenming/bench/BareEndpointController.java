package org.wenming.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of {@code scripts/bench/mini-read.sh}: a bare Spring MVC endpoint in the same server that
 * returns bytes captured from the real mini endpoints, so the benchmark measures what our code costs on
 * top of the framework. Exists only under the {@code bench} profile.
 */
@RestController
@Profile("bench")
class BareEndpointController {

    private final Path directory;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    public BareEndpointController(@Value("${wenming.bench.bare-dir}") Path directory) {
        this.directory = directory;
    }

    @GetMapping("/bench/bare/{name}")
    public ResponseEntity<byte[]> bare(@PathVariable String name) {
        byte[] body = bodies.computeIfAbsent(name, this::load);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private byte[] load(String name) {
        if (!name.matches("[a-z]+")) {
            throw new IllegalArgumentException("Unknown bench body " + name);
        }
        try {
            return Files.readAllBytes(directory.resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
