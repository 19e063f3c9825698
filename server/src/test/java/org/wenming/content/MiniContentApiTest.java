package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

@IntegrationTest
class MiniContentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminApi api;

    @Test
    void homeCarriesFeaturedLatestOfEachKindAndTheUpcomingFestival() throws Exception {
        mvc.perform(get("/api/mini/v1/home"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.featured").isNotEmpty())
                .andExpect(jsonPath("$.latest.AUDIO").isNotEmpty())
                .andExpect(jsonPath("$.latest.POSTER").isNotEmpty())
                .andExpect(jsonPath("$.latest.FESTIVAL_ITEM").isNotEmpty())
                .andExpect(jsonPath("$.latest.BRAND_PROJECT").isNotEmpty())
                .andExpect(jsonPath("$.upcomingFestival.festival.daysLeft").isNumber());
    }

    @Test
    void cursorPagingWalksTheWholeListOnceInOrder() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = "/api/mini/v1/contents?size=4" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = api.read(mvc.perform(get(url)).andExpect(status().isOk()));
            page.get("items").forEach(item -> seen.add(item.get("publishedAt").asText() + "#" + item.get("id")));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 100);

        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSameSizeAs(seen);
        assertThat(seen.size()).isGreaterThanOrEqualTo(35);
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort((a, b) -> b.compareTo(a));
        assertThat(seen.stream().map(s -> s.split("#")[0]).toList())
                .isEqualTo(sorted.stream().map(s -> s.split("#")[0]).toList());
    }

    @Test
    void filtersByKindTagColumnAndUnitSubtree() throws Exception {
        JsonNode brands = api.read(mvc.perform(get("/api/mini/v1/contents?kind=BRAND_PROJECT&size=50")));
        // The pack's ten, and any that other tests of this shared context published.
        assertThat(brands.get("items").size()).isGreaterThanOrEqualTo(10);
        assertThat(brands.get("items").findValuesAsText("kind")).containsOnly("BRAND_PROJECT");

        JsonNode tagged = api.read(mvc.perform(get("/api/mini/v1/contents?tag=端午节&size=50")));
        assertThat(tagged.get("items")).isNotEmpty();
        tagged.get("items")
                .forEach(item -> assertThat(item.get("tags").toString()).contains("端午节"));

        long banner = api.unitId("naiman");
        JsonNode all = api.read(mvc.perform(get("/api/mini/v1/contents?orgUnitId=" + banner + "&size=50")));
        long township = api.unitId("daqintala-zhen");
        JsonNode local = api.read(mvc.perform(get("/api/mini/v1/contents?orgUnitId=" + township + "&size=50")));
        assertThat(local.get("items").size())
                .isPositive()
                .isLessThan(all.get("items").size());
    }

    @Test
    void unchangedResponsesAnswerNotModified() throws Exception {
        MvcResult first = mvc.perform(get("/api/mini/v1/contents?kind=POSTER"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();

        mvc.perform(get("/api/mini/v1/contents?kind=POSTER").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/mini/v1/contents?kind=AUDIO").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
    }

    @Test
    void festivalCalendarOfAYearIsInDateOrder() throws Exception {
        JsonNode festivals = api.read(mvc.perform(get("/api/mini/v1/festivals?year=2027")));
        assertThat(AdminApi.names(festivals, "date")).isSorted();
        assertThat(AdminApi.names(festivals, "code")).startsWith("CHUNJIE", "YUANXIAO", "LEIFENG", "QINGMING");
    }

    @Test
    void organisationTreeIsPublicForFilters() throws Exception {
        mvc.perform(get("/api/mini/v1/org-units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("naiman"))
                .andExpect(jsonPath("$[0].children").isNotEmpty());
    }
}
