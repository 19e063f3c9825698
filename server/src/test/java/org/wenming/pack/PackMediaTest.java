package org.wenming.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.media.MediaCatalog;
import org.wenming.media.MediaInfo;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

/** The pack's generated sample media (content/media) are attached to its items and served to residents. */
@IntegrationTest
class PackMediaTest {

    @Autowired
    AdminApi api;

    @Autowired
    MediaCatalog catalog;

    @Autowired
    MockMvc mvc;

    @Test
    void sampleAudioItemsPlayTheirSpokenFileWithItsRealDuration() throws Exception {
        List<JsonNode> audio = samples("AUDIO");
        assertThat(audio).hasSize(8);
        for (JsonNode item : audio) {
            MediaInfo file = catalog.find(item.get("mediaKey").asText()).orElseThrow();
            assertThat(file.contentType()).isEqualTo("audio/mpeg");
            assertThat(item.get("durationSeconds").asInt())
                    .isEqualTo(file.durationSeconds())
                    .isGreaterThan(20);
        }
        mvc.perform(get("/media/" + audio.get(0).get("mediaKey").asText()).header("Range", "bytes=0-1023"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Type", "audio/mpeg"));
    }

    @Test
    void samplePostersAndBrandProjectsHaveImagesWithListThumbnails() throws Exception {
        for (JsonNode poster : samples("POSTER")) {
            assertThat(catalog.find(poster.get("imageKey").asText()))
                    .get()
                    .extracting(MediaInfo::width)
                    .isEqualTo(720);
        }
        List<JsonNode> projects = samples("BRAND_PROJECT");
        assertThat(projects).hasSize(10).allMatch(p -> p.hasNonNull("coverKey"));
        List<Long> sampleIds = projects.stream().map(p -> p.get("id").asLong()).toList();
        JsonNode cards = api.read(mvc.perform(get("/api/mini/v1/contents?kind=BRAND_PROJECT&size=50")));
        List<String> thumbnails = new ArrayList<>();
        cards.get("items").forEach(card -> {
            if (sampleIds.contains(card.get("id").asLong())) {
                thumbnails.add(card.get("thumbnailUrl").asText());
            }
        });
        assertThat(thumbnails).hasSize(10).allMatch(url -> url.endsWith("/thumb/320"));
        mvc.perform(get(thumbnails.get(0)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
    }

    /** Every page: other tests of the shared context add items of their own, newest first. */
    private List<JsonNode> samples(String kind) {
        List<JsonNode> samples = new ArrayList<>();
        long pages = 1;
        for (long number = 1; number <= pages; number++) {
            JsonNode page =
                    api.read(api.admin().get("/api/admin/v1/contents?kind=" + kind + "&size=100&page=" + number));
            pages = (page.get("total").asLong() + 99) / 100;
            page.get("items").forEach(item -> {
                if (item.get("sample").asBoolean()) {
                    samples.add(item);
                }
            });
        }
        return samples;
    }
}
