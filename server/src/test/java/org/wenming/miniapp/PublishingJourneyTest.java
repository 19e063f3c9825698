package org.wenming.miniapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.SampleMedia;

/** The foundation's "done when": an item of each kind goes from an editor's draft to residents' phones. */
@IntegrationTest
class PublishingJourneyTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Test
    void oneItemOfEachKindIsCreatedReviewedPublishedAndRead() throws Exception {
        long township = api.unitId("huanghuatala-sumu");
        AdminApi.Session editor = api.newUser("huanghuatala-sumu", Role.EDITOR);
        AdminApi.Session reviewer = api.newUser("naiman", Role.REVIEWER);

        for (ContentKind kind : ContentKind.values()) {
            String title = "黄花塔拉苏木" + kind.label() + System.nanoTime();
            long id = editor.create(ContentSamples.of(kind, township, title));
            editor.action(id, "submit").andExpect(status().isOk());
            reviewer.action(id, "approve").andExpect(status().isOk());
            reviewer.action(id, "publish").andExpect(status().isOk());

            JsonNode detail =
                    api.read(mvc.perform(get("/api/mini/v1/contents/{id}", id)).andExpect(status().isOk()));
            assertThat(detail.get("title").asText()).isEqualTo(title);
            assertThat(detail.get("kind").asText()).isEqualTo(kind.name());
            JsonNode latest = api.read(mvc.perform(get("/api/mini/v1/home")));
            assertThat(latest.at("/latest/" + kind.name()).findValuesAsText("title"))
                    .contains(title);
        }
        JsonNode audio = api.read(mvc.perform(get("/api/mini/v1/contents?kind=AUDIO&orgUnitId=" + township)));
        assertThat(audio.at("/items/0/durationSeconds").asInt()).isEqualTo(SampleMedia.AUDIO_SECONDS);
    }
}
