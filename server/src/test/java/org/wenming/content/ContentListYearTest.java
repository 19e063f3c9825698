package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/** A festival item belongs to the year of its activity: 2027's 端午 does not list under 2026's. */
@IntegrationTest
class ContentListYearTest {

    @Autowired
    AdminApi api;

    @Test
    void festivalItemsListUnderTheYearOfTheirActivity() throws Exception {
        AdminApi.Desk desk = api.desk("zhian-zhen");
        String marker = "端午年份" + System.nanoTime();
        long of2026 = desk.editor().create(festivalItem(desk, marker + "2026", "2026-06-19T09:00:00"));
        long of2027 = desk.editor().create(festivalItem(desk, marker + "2027", "2027-06-09T09:00:00"));

        assertThat(ids(desk, marker, 2026)).containsExactly(of2026);
        assertThat(ids(desk, marker, 2027)).containsExactly(of2027);
        assertThat(ids(desk, marker, null)).containsExactlyInAnyOrder(of2026, of2027);
    }

    @Test
    void aYearOutsideTheCalendarIsRefusedInChinese() throws Exception {
        AdminApi.Desk desk = api.desk("zhian-zhen");
        desk.editor()
                .get("/api/admin/v1/contents?year={y}", 1800)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.detail").value("年份须在 1901 到 2099 之间"));
    }

    private static Map<String, Object> festivalItem(AdminApi.Desk desk, String title, String activityTime) {
        Map<String, Object> fields = ContentSamples.of(ContentKind.FESTIVAL_ITEM, desk.unitId(), title);
        fields.put("activityTime", activityTime);
        return fields;
    }

    private List<Long> ids(AdminApi.Desk desk, String keyword, Integer year) throws Exception {
        String url = "/api/admin/v1/contents?kind=FESTIVAL_ITEM&keyword={k}" + (year == null ? "" : "&year=" + year);
        JsonNode page = api.read(desk.editor().get(url, keyword));
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
