package org.wenming.miniapp.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;

/** Favourites, likes, listening history and views: idempotent, counted, and only on public items. */
@IntegrationTest
class ResidentActionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AdminApi admin;

    @Autowired
    ViewFlusher flusher;

    @Autowired
    MutableClock clock;

    @Autowired
    MiniAppProperties limits;

    @Autowired
    MiniApi mini;

    @Test
    void favouritesAndLikesAreIdempotentAndCountedOnTheItem() throws Exception {
        long id = ids("POSTER", 1).get(0);
        JsonNode before = stats(id);
        MiniApi.Resident first = mini.login();
        MiniApi.Resident second = mini.login();

        first.put("/api/mini/v1/contents/{id}/favourite", null, id).andExpect(status().isOk());
        first.put("/api/mini/v1/contents/{id}/favourite", null, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.favourited").value(true));
        second.put("/api/mini/v1/contents/{id}/favourite", null, id).andExpect(status().isOk());
        first.put("/api/mini/v1/contents/{id}/like", null, id).andExpect(status().isOk());
        first.put("/api/mini/v1/contents/{id}/like", null, id).andExpect(status().isOk());

        JsonNode counted = stats(id);
        assertThat(counted.get("favourites").asLong())
                .isEqualTo(before.get("favourites").asLong() + 2);
        assertThat(counted.get("likes").asLong()).isEqualTo(before.get("likes").asLong() + 1);
        assertThat(counted.has("mine")).isFalse();

        first.delete("/api/mini/v1/contents/{id}/favourite", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.favourited").value(false));
        first.delete("/api/mini/v1/contents/{id}/favourite", id).andExpect(status().isOk());
        first.delete("/api/mini/v1/contents/{id}/like", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.liked").value(false));
        JsonNode after = stats(id);
        assertThat(after.get("favourites").asLong())
                .isEqualTo(before.get("favourites").asLong() + 1);
        assertThat(after.get("likes").asLong()).isEqualTo(before.get("likes").asLong());
    }

    @Test
    void myFavouritesListNewestFirstPageByPage() throws Exception {
        List<Long> ids = ids("BRAND_PROJECT", 3);
        MiniApi.Resident resident = mini.login();
        for (long id : ids) {
            resident.put("/api/mini/v1/contents/{id}/favourite", null, id).andExpect(status().isOk());
        }

        JsonNode page =
                mini.read(resident.get("/api/mini/v1/me/favourites?size=2").andExpect(status().isOk()));
        assertThat(AdminApi.names(page.get("items"), "id"))
                .containsExactly(String.valueOf(ids.get(2)), String.valueOf(ids.get(1)));
        JsonNode rest = mini.read(resident.get("/api/mini/v1/me/favourites?size=2&cursor="
                + page.get("nextCursor").asText()));
        assertThat(AdminApi.names(rest.get("items"), "id")).containsExactly(String.valueOf(ids.get(0)));
        assertThat(rest.has("nextCursor")).isFalse();
    }

    @Test
    void listeningProgressIsKeptToResumeOnAnyDevice() throws Exception {
        long audio = ids("AUDIO", 1).get(0);
        int duration = mini.read(mvc.perform(MockMvcRequestBuilders.get("/api/mini/v1/contents/{id}", audio)))
                .get("durationSeconds")
                .asInt();
        int halfway = duration / 2;
        String code = MiniApi.unique("code");
        MiniApi.Resident phone = mini.login(code, MiniApi.newIp());
        phone.put("/api/mini/v1/contents/{id}/progress", Map.of("positionSeconds", halfway), audio)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.positionSeconds").value(halfway));

        MiniApi.Resident radio = mini.login(code, MiniApi.newIp());
        radio.get("/api/mini/v1/contents/{id}/stats", audio)
                .andExpect(jsonPath("$.mine.positionSeconds").value(halfway))
                .andExpect(jsonPath("$.mine.completed").value(false));
        radio.put("/api/mini/v1/contents/{id}/progress", Map.of("positionSeconds", duration, "completed", true), audio)
                .andExpect(status().isOk());
        JsonNode history = mini.read(radio.get("/api/mini/v1/me/history").andExpect(status().isOk()));
        assertThat(history.at("/items/0/content/id").asLong()).isEqualTo(audio);
        assertThat(history.at("/items/0/positionSeconds").asInt()).isEqualTo(duration);
        assertThat(history.at("/items/0/completed").asBoolean()).isTrue();

        long poster = ids("POSTER", 1).get(0);
        phone.put("/api/mini/v1/contents/{id}/progress", Map.of("positionSeconds", 1), poster)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        phone.put("/api/mini/v1/contents/{id}/progress", Map.of("positionSeconds", 100_000), audio)
                .andExpect(status().isBadRequest());
        phone.put("/api/mini/v1/contents/{id}/progress", Map.of("positionSeconds", -1), audio)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void aResidentCountsOneViewPerItemPerHourAndCountsReachTheDatabase() throws Exception {
        long id = ids("FESTIVAL_ITEM", 1).get(0);
        long before = stats(id).get("views").asLong();
        MiniApi.Resident resident = mini.login();

        resident.post("/api/mini/v1/contents/{id}/views", null, id)
                .andExpect(jsonPath("$.counted").value(true));
        resident.post("/api/mini/v1/contents/{id}/views", null, id)
                .andExpect(jsonPath("$.counted").value(false));
        mini.login()
                .post("/api/mini/v1/contents/{id}/views", null, id)
                .andExpect(jsonPath("$.counted").value(true));
        assertThat(stats(id).get("views").asLong()).isEqualTo(before + 2);

        assertThat(flusher.flush()).isGreaterThanOrEqualTo(2);
        assertThat(stats(id).get("views").asLong()).isEqualTo(before + 2);

        clock.advance(Duration.ofMinutes(61));
        resident.post("/api/mini/v1/contents/{id}/views", null, id)
                .andExpect(jsonPath("$.counted").value(true));
        assertThat(stats(id).get("views").asLong()).isEqualTo(before + 3);
    }

    @Test
    void actionsApplyOnlyToPublicItems() throws Exception {
        AdminApi.Session editor = admin.newUser("naiman", Role.EDITOR);
        long draft = editor.create(ContentSamples.of(ContentKind.POSTER, admin.unitId("naiman"), "未发布的海报"));
        MiniApi.Resident resident = mini.login();

        resident.put("/api/mini/v1/contents/{id}/favourite", null, draft)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CONTENT_NOT_FOUND"));
        resident.post("/api/mini/v1/contents/{id}/views", null, draft).andExpect(status().isNotFound());
        resident.get("/api/mini/v1/contents/{id}/stats", draft).andExpect(status().isNotFound());
        mini.anonymous(MockMvcRequestBuilders.put("/api/mini/v1/contents/{id}/like", draft), MiniApi.newIp())
                .andExpect(status().isUnauthorized());
    }

    @Test
    void countsOfAListComeInOneRequest() throws Exception {
        List<Long> ids = ids("AUDIO", 3);
        String query = String.join(",", ids.stream().map(String::valueOf).toList());
        JsonNode all = mini.read(
                mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/contents/stats?ids=" + query), MiniApi.newIp())
                        .andExpect(status().isOk()));
        assertThat(AdminApi.names(all, "contentId"))
                .containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());

        String tooMany = String.join(
                ",",
                java.util.stream.LongStream.rangeClosed(1, 51)
                        .mapToObj(String::valueOf)
                        .toList());
        mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/contents/stats?ids=" + tooMany), MiniApi.newIp())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PAGE_TOO_LARGE"));
        mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/contents/stats?ids=1,,2"), MiniApi.newIp())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void actionsAreLimitedPerResident() throws Exception {
        clock.startWindow(limits.rateLimits().action().window());
        long id = ids("POSTER", 1).get(0);
        MiniApi.Resident resident = mini.login();
        for (int i = 0; i < 30; i++) {
            resident.put("/api/mini/v1/contents/{id}/like", null, id).andExpect(status().isOk());
        }
        resident.put("/api/mini/v1/contents/{id}/like", null, id)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"));
    }

    private JsonNode stats(long id) throws Exception {
        return mini.read(
                mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/contents/{id}/stats", id), MiniApi.newIp())
                        .andExpect(status().isOk()));
    }

    private List<Long> ids(String kind, int count) throws Exception {
        JsonNode page = mini.read(
                mvc.perform(MockMvcRequestBuilders.get("/api/mini/v1/contents?kind=" + kind + "&size=" + count)));
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).hasSize(count);
        return ids;
    }
}
