package org.wenming.miniapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.content.ContentKind;
import org.wenming.search.SearchOutbox;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.TestMedia;

/**
 * Walks the resident journey of README.md (login, home, lists, detail, play, resume, favourite, share,
 * subscribe, search, festivals, units, history) and fetches every URL any answer holds, in its fields or inside body HTML: a
 * mini program can load none that is relative or broken.
 */
@IntegrationTest
class ResidentJourneyWalkTest {

    /** MockMvc's address: WENMING_PUBLIC_BASE_URL is unset in tests, so URLs follow the request. */
    private static final String BASE = "http://localhost";

    @Autowired
    MiniApi mini;

    @Autowired
    AdminApi admin;

    @Autowired
    ApplicationContext context;

    @Test
    void everyUrlOfEveryAnswerOnTheJourneyIsAbsoluteAndServesItsType() throws Exception {
        AdminApi.Desk desk = admin.desk("naiman");
        String title = MiniApi.unique("漫游音频");
        Map<String, Object> audio = ContentSamples.of(ContentKind.AUDIO, desk.unitId(), title);
        audio.put("column", "理论宣讲");
        audio.put(
                "body",
                "<p>正文配图</p><p><img src=\"/media/" + ContentSamples.IMAGE_KEY + "\" alt=\"配图\"></p>"
                        + "<p><a href=\"/media/" + ContentSamples.AUDIO_KEY + "\">下载音频</a></p>");
        long audioId = desk.published(audio);
        SearchOutbox.drain(context);

        MiniApi.Resident resident = mini.login();
        Walk walk = new Walk(resident);
        walk.avatar(TestMedia.png(48, 48, new Color(0x2E9E4F)));
        walk.read("/api/mini/v1/me");
        JsonNode home = walk.read("/api/mini/v1/home");
        walk.read("/api/mini/v1/home?language=zh");
        walk.read("/api/mini/v1/contents?size=20");
        walk.read("/api/mini/v1/contents?kind=AUDIO&size=20");
        JsonNode posters = walk.read("/api/mini/v1/contents?kind=POSTER&size=20");
        walk.read("/api/mini/v1/contents/" + posters.at("/items/0/id").asLong());
        walk.read("/api/mini/v1/contents?kind=BRAND_PROJECT&size=20");
        JsonNode detail = walk.read("/api/mini/v1/contents/" + audioId);
        for (JsonNode card : home.get("featured")) {
            walk.read("/api/mini/v1/contents/" + card.get("id").asLong());
        }
        walk.read("/api/mini/v1/contents/stats?ids=" + audioId);
        walk.post("/api/mini/v1/contents/" + audioId + "/views");
        walk.put("/api/mini/v1/contents/" + audioId + "/progress", Map.of("positionSeconds", 3));
        walk.read("/api/mini/v1/contents/" + audioId + "/stats");
        walk.put("/api/mini/v1/contents/" + audioId + "/favourite", null);
        walk.png("/api/mini/v1/contents/" + audioId + "/share-poster");
        walk.read("/api/mini/v1/subscriptions");
        walk.post("/api/mini/v1/subscriptions/new-audio");
        JsonNode found = walk.read("/api/mini/v1/search?q=" + title);
        walk.read("/api/mini/v1/festivals");
        walk.read("/api/mini/v1/festivals/upcoming");
        walk.read("/api/mini/v1/org-units");
        JsonNode history = walk.read("/api/mini/v1/me/history");
        walk.read("/api/mini/v1/me/favourites");

        assertThat(detail.get("coverUrl").asText()).startsWith(BASE + "/api/mini/v1/covers?name=");
        assertThat(detail.get("mediaSizeBytes").asLong()).isPositive();
        assertThat(detail.get("mediaContentType").asText()).isEqualTo("audio/mpeg");
        assertThat(detail.get("body").asText())
                .contains("src=\"" + BASE + "/media/" + ContentSamples.IMAGE_KEY + "\"")
                .contains("width=\"640\" height=\"480\"")
                .contains("max-width:100%;height:auto;");
        assertThat(history.at("/items/0/content/id").asLong()).isEqualTo(audioId);
        assertThat(history.at("/items/0/positionSeconds").asInt()).isEqualTo(3);

        assertThat(found.get("items")).isNotEmpty();
        Map<String, String> urls = walk.urls();
        assertThat(walk.fields()).contains("avatarUrl", "mediaUrl", "coverUrl", "thumbnailUrl", "imageUrl", "img", "a");
        List<String> broken = new ArrayList<>();
        urls.forEach((url, field) -> {
            String problem = problemOf(url, field, resident);
            if (problem != null) {
                broken.add(field + " " + url + ": " + problem);
            }
        });
        assertThat(broken).isEmpty();
        walk.sizes().forEach((call, bytes) -> System.out.println("journey " + call + " " + bytes + " B"));
    }

    /** Null when the URL is absolute and answers 200/206 with the type its field promises. */
    private String problemOf(String url, String field, MiniApi.Resident resident) {
        if (!url.startsWith(BASE + "/")) {
            return "not absolute";
        }
        // As the phone sends it: the URL is already encoded, so it must not be taken as a template.
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(url));
        if (field.equals("mediaUrl")) {
            request.header(HttpHeaders.RANGE, "bytes=0-");
        }
        MockHttpServletResponse response = resident.perform(request).andReturn().getResponse();
        if (response.getStatus() != 200 && response.getStatus() != 206) {
            return "status " + response.getStatus();
        }
        String type = String.valueOf(response.getContentType());
        String expected = expectedType(field);
        return type.startsWith(expected) ? null : "type " + type + ", expected " + expected + "*";
    }

    private static String expectedType(String field) {
        return switch (field) {
            case "mediaUrl" -> "audio/";
            case "a" -> "";
            default -> "image/";
        };
    }

    /** The calls of one journey: each answer's size, and every URL in them with the field it came from. */
    private final class Walk {

        private final MiniApi.Resident resident;
        private final Map<String, String> urls = new LinkedHashMap<>();
        private final Map<String, Integer> sizes = new LinkedHashMap<>();
        private final Set<String> fields = new HashSet<>();

        Walk(MiniApi.Resident resident) {
            this.resident = resident;
        }

        JsonNode read(String path) throws Exception {
            return collect("GET " + path, resident.get(path).andExpect(status().isOk()));
        }

        JsonNode post(String path) throws Exception {
            return collect("POST " + path, resident.post(path, null).andExpect(status().isOk()));
        }

        JsonNode put(String path, Object body) throws Exception {
            return collect("PUT " + path, resident.put(path, body).andExpect(status().isOk()));
        }

        void avatar(byte[] png) throws Exception {
            collect(
                    "POST /api/mini/v1/me/avatar",
                    resident.perform(MockMvcRequestBuilders.multipart("/api/mini/v1/me/avatar")
                                    .file(new MockMultipartFile("file", "me.png", "image/png", png)))
                            .andExpect(status().isOk()));
        }

        void png(String path) throws Exception {
            MockHttpServletResponse poster =
                    resident.get(path).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(poster.getContentType()).isEqualTo("image/png");
            sizes.put("GET " + path, poster.getContentAsByteArray().length);
        }

        private JsonNode collect(String call, ResultActions result) {
            sizes.put(call, result.andReturn().getResponse().getContentAsByteArray().length);
            JsonNode answer = mini.read(result);
            visit(answer, null);
            return answer;
        }

        private void visit(JsonNode node, String field) {
            if (node.isObject()) {
                node.fields().forEachRemaining(entry -> visit(entry.getValue(), entry.getKey()));
            } else if (node.isArray()) {
                node.forEach(element -> visit(element, field));
            } else if (node.isTextual() && field != null) {
                if (field.endsWith("Url") || field.endsWith("Urls") || field.equals("url")) {
                    found(node.asText(), field);
                } else if (field.equals("body")) {
                    Document body = Jsoup.parseBodyFragment(node.asText());
                    body.select("img[src]").forEach(img -> found(img.attr("src"), "img"));
                    body.select("a[href]").forEach(a -> found(a.attr("href"), "a"));
                }
            }
        }

        /** Each URL is fetched once, checked against the first field it was found in. */
        private void found(String url, String field) {
            urls.putIfAbsent(url, field);
            fields.add(field);
        }

        Set<String> fields() {
            return fields;
        }

        Map<String, String> urls() {
            return urls;
        }

        Map<String, Integer> sizes() {
            return sizes;
        }
    }
}
