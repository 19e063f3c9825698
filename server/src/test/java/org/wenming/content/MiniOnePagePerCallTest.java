package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;

/** What lets a mini-program page render from one answer: absolute URLs, sizes, audio details, counts, covers. */
@IntegrationTest
class MiniOnePagePerCallTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminApi api;

    @Autowired
    ObjectMapper json;

    @Test
    void aCachedReadBuiltForOneAddressIsNeverServedToAClientOfAnother() throws Exception {
        for (String url : List.of("/api/mini/v1/home", "/api/mini/v1/contents?size=20", "/api/mini/v1/festivals")) {
            String first = body(get(url));
            String other = body(at(get(url), "wenming.example.cn"));
            String firstAgain = body(get(url));

            assertThat(urls(first)).isNotEmpty().allMatch(u -> u.startsWith("http://localhost/"));
            assertThat(urls(other)).isNotEmpty().allMatch(u -> u.startsWith("https://wenming.example.cn/"));
            assertThat(firstAgain).isEqualTo(first);
        }
    }

    @Test
    void audioCardsCarryTheirFileAndAColumnCoverAndImagesTheirSize() throws Exception {
        AdminApi.Desk desk = api.desk("naiman");
        Map<String, Object> audio = ContentSamples.of(ContentKind.AUDIO, desk.unitId(), MiniApi.unique("无封面音频"));
        String column = MiniApi.unique("栏目");
        audio.put("column", column);
        long audioId = desk.published(audio);
        desk.published(ContentSamples.of(ContentKind.POSTER, desk.unitId(), MiniApi.unique("海报")));

        JsonNode card = api.read(mvc.perform(get("/api/mini/v1/contents?column=" + column)))
                .at("/items/0");
        assertThat(card.get("id").asLong()).isEqualTo(audioId);
        assertThat(card.get("mediaUrl").asText()).isEqualTo("http://localhost/media/" + ContentSamples.AUDIO_KEY);
        assertThat(card.get("mediaSizeBytes").asLong()).isPositive();
        assertThat(card.get("bitrateKbps").asInt()).isPositive();
        assertThat(card.get("mediaContentType").asText()).isEqualTo("audio/mpeg");
        assertThat(card.get("coverUrl").asText()).startsWith("http://localhost/api/mini/v1/covers?name=");
        assertThat(card.get("coverWidth").asInt()).isEqualTo(480);
        byte[] cover = mvc.perform(get(URI.create(card.get("coverUrl").asText())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] sameColumn = mvc.perform(get("/api/mini/v1/covers").param("name", column))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(sameColumn).isEqualTo(cover);

        JsonNode poster = api.read(mvc.perform(get("/api/mini/v1/contents?kind=POSTER&size=1")))
                .at("/items/0");
        assertThat(poster.get("coverWidth").asInt()).isEqualTo(640);
        assertThat(poster.get("coverHeight").asInt()).isEqualTo(480);
        assertThat(poster.get("thumbnailWidth").asInt()).isEqualTo(320);
        assertThat(poster.get("thumbnailHeight").asInt()).isEqualTo(240);
        assertThat(poster.hasNonNull("mediaUrl")).isFalse();
        JsonNode detail = api.read(
                mvc.perform(get("/api/mini/v1/contents/" + poster.get("id").asLong())));
        assertThat(detail.get("imageWidth").asInt()).isEqualTo(640);
        assertThat(detail.get("thumbnailUrl").asText())
                .isEqualTo(poster.get("thumbnailUrl").asText());
    }

    @Test
    void homeWithALanguageShowsOnlyItemsOfThatLanguage() throws Exception {
        AdminApi.Desk desk = api.desk("naiman");
        Map<String, Object> mongolian = ContentSamples.of(ContentKind.POSTER, desk.unitId(), MiniApi.unique("蒙古语海报"));
        mongolian.put("language", "mn");
        long id = desk.published(mongolian);

        JsonNode home =
                api.read(mvc.perform(get("/api/mini/v1/home?language=mn")).andExpect(status().isOk()));

        assertThat(home.get("language").asText()).isEqualTo("mn");
        assertThat(home.at("/latest/POSTER").findValuesAsText("id")).contains(String.valueOf(id));
        List<String> languages = new ArrayList<>(home.get("featured").findValuesAsText("language"));
        languages.addAll(home.get("latest").findValuesAsText("language"));
        assertThat(languages).isNotEmpty().containsOnly("mn");
    }

    @Test
    void everyFestivalCarriesItsItemCountAndACover() throws Exception {
        JsonNode festivals = api.read(mvc.perform(get("/api/mini/v1/festivals")).andExpect(status().isOk()));

        assertThat(festivals).isNotEmpty();
        festivals.forEach(festival -> {
            assertThat(festival.get("itemCount").isIntegralNumber()).isTrue();
            assertThat(festival.get("coverUrl").asText()).startsWith("http://localhost/");
        });
        JsonNode duanwu = null;
        for (JsonNode festival : festivals) {
            if (festival.get("code").asText().equals("DUANWU")) {
                duanwu = festival;
            }
        }
        assertThat(duanwu).isNotNull();
        long listed = api.read(mvc.perform(get("/api/mini/v1/contents?festival=DUANWU&size=50")))
                .get("items")
                .size();
        assertThat(duanwu.get("itemCount").asLong()).isEqualTo(listed).isPositive();
    }

    @Test
    void aCoverNameThatIsBlankOrTooLongIsABadRequest() throws Exception {
        mvc.perform(get("/api/mini/v1/covers").param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/mini/v1/covers").param("name", "栏".repeat(65))).andExpect(status().isBadRequest());
    }

    private static MockHttpServletRequestBuilder at(MockHttpServletRequestBuilder request, String host) {
        return request.with(r -> {
            r.setScheme("https");
            r.setServerName(host);
            r.setServerPort(443);
            r.setSecure(true);
            return r;
        });
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> urls(String body) throws Exception {
        List<String> found = new ArrayList<>();
        collect(json.readTree(body), null, found);
        return found;
    }

    private static void collect(JsonNode node, String field, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey(), found));
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, field, found));
        } else if (node.isTextual() && field != null && field.endsWith("Url")) {
            found.add(node.asText());
        }
    }
}
