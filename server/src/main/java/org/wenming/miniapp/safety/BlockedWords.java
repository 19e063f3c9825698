package org.wenming.miniapp.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.wenming.miniapp.MiniAppProperties;

/**
 * The curated local word list ({@code miniapp/blocked-words.txt}, plus an optional file of the office's own
 * words). A curated list rather than a general dictionary: general ones flag words this product publishes
 * every day (五星红旗, 天安门). Text is compared after NFKC folding, lower-casing and removing spaces and
 * punctuation, so "赌 博" and full-width letters do not slip through.
 */
@Component
class BlockedWords {

    private final List<String> words;

    public BlockedWords(MiniAppProperties properties) {
        Set<String> all = new LinkedHashSet<>();
        try (InputStream in = new ClassPathResource("miniapp/blocked-words.txt").getInputStream()) {
            read(in, all);
            String extra = properties.submission().extraWordsFile();
            if (StringUtils.hasText(extra)) {
                try (InputStream more = Files.newInputStream(Path.of(extra))) {
                    read(more, all);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the blocked word list", e);
        }
        this.words = List.copyOf(all);
    }

    /** The first listed word the text contains. */
    public Optional<String> find(String text) {
        String normalized = normalize(text);
        return words.stream().filter(normalized::contains).findFirst();
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase().replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    private static void read(InputStream in, Set<String> into) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                into.add(normalize(word));
            }
        }
    }
}
