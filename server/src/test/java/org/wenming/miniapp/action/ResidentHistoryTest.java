package org.wenming.miniapp.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;

@IntegrationTest
class ResidentHistoryTest {

    @Autowired
    AdminApi admin;

    @Autowired
    MiniApi mini;

    @Autowired
    MutableClock clock;

    @Test
    void historyHoldsEveryKindOpenedMostRecentFirstWithWhereAudioStopped() throws Exception {
        AdminApi.Desk desk = admin.desk("naiman");
        long poster = desk.published(ContentSamples.of(ContentKind.POSTER, desk.unitId(), MiniApi.unique("看过的海报")));
        long brand =
                desk.published(ContentSamples.of(ContentKind.BRAND_PROJECT, desk.unitId(), MiniApi.unique("看过的品牌")));
        long audio = desk.published(ContentSamples.of(ContentKind.AUDIO, desk.unitId(), MiniApi.unique("听过的音频")));
        MiniApi.Resident resident = mini.login();

        resident.post("/api/mini/v1/contents/{id}/views", null, poster).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        resident.put("/api/mini/v1/contents/{id}/progress", Map.of("positionSeconds", 2), audio)
                .andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        resident.post("/api/mini/v1/contents/{id}/views", null, brand).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        resident.post("/api/mini/v1/contents/{id}/views", null, poster).andExpect(status().isOk());

        JsonNode items = mini.read(resident.get("/api/mini/v1/me/history").andExpect(status().isOk()))
                .get("items");
        assertThat(items.findValues("content").stream().map(c -> c.get("id").asLong()))
                .containsExactly(poster, brand, audio);
        assertThat(items.get(0).hasNonNull("positionSeconds")).isFalse();
        assertThat(items.get(0).get("openedAt").asText()).isNotBlank();
        assertThat(items.get(2).get("positionSeconds").asInt()).isEqualTo(2);
        assertThat(items.get(2).get("completed").asBoolean()).isFalse();

        JsonNode first = mini.read(resident.get("/api/mini/v1/me/history?size=2"));
        JsonNode rest = mini.read(resident.get("/api/mini/v1/me/history?size=2&cursor="
                + first.get("nextCursor").asText()));
        assertThat(rest.at("/items/0/content/id").asLong()).isEqualTo(audio);
        assertThat(rest.hasNonNull("nextCursor")).isFalse();
    }
}
