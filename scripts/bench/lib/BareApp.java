import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmarks' framework baseline: Spring Boot with Tomcat and Spring MVC and nothing of ours (no
 * security, no observation, no filters, no database). {@code GET /bytes/{name}} answers the bytes of
 * {@code <root>/name} (or its {@code .gz} beside it when the client accepts gzip, as our cached reads do)
 * with a strong ETag and 304 on a matching If-None-Match; {@code /media/**} is Boot's static resource
 * handler over {@code <root>/media} (ranges included). Run by scripts/bench/lib/baselines.sh.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    HttpEncodingAutoConfiguration.class,
    WebMvcAutoConfiguration.class
})
@Import(BareApp.Bytes.class)
public class BareApp {

    public static void main(String[] args) {
        SpringApplication.run(BareApp.class, args);
    }

    @RestController
    static class Bytes {

        private final Map<String, Body> bodies = new HashMap<>();

        Bytes(@Value("${bench.root}") Path root) throws IOException {
            try (Stream<Path> files = Files.list(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".gz")) {
                        Path gzip = root.resolve(name + ".gz");
                        bodies.put(name, Body.of(Files.readAllBytes(file), Files.exists(gzip) ? Files.readAllBytes(gzip) : null));
                    }
                }
            }
        }

        @GetMapping("/bytes/{name}")
        ResponseEntity<byte[]> bytes(
                @PathVariable String name,
                @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
            Body body = bodies.get(name);
            if (body == null) {
                return ResponseEntity.notFound().build();
            }
            boolean gzip = body.gzip() != null && acceptEncoding != null && acceptEncoding.contains("gzip");
            String etag = gzip ? body.gzipEtag() : body.etag();
            HttpHeaders headers = new HttpHeaders();
            headers.setETag(etag);
            headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING));
            if (etag.equals(ifNoneMatch)) {
                return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
            }
            headers.setContentType(MediaType.APPLICATION_JSON);
            if (gzip) {
                headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            return new ResponseEntity<>(gzip ? body.gzip() : body.plain(), headers, HttpStatus.OK);
        }
    }

    /** Hashed once at start, as our cached bodies are. */
    record Body(byte[] plain, String etag, byte[] gzip, String gzipEtag) {

        static Body of(byte[] plain, byte[] gzip) {
            String hash = DigestUtils.md5DigestAsHex(plain);
            return new Body(plain, "\"" + hash + "\"", gzip, "\"" + hash + "-gzip\"");
        }
    }
}
