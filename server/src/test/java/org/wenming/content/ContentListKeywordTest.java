package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/** The console's title search matches what the editor typed, literally: % and _ are characters, not wildcards. */
@IntegrationTest
class ContentListKeywordTest {

    @Autowired
    AdminApi api;

    @Test
    void aKeywordWithLikeWildcardsMatchesThemLiterally() {
        AdminApi.Desk desk = api.desk("zhian-zhen");
        String marker = "折扣" + System.nanoTime();
        long percent = desk.editor().create(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "100%真实"));
        long other = desk.editor().create(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "100X真实"));

        assertThat(ids(desk, marker + "100%")).containsExactly(percent);
        assertThat(ids(desk, marker + "100_")).isEmpty();
        assertThat(ids(desk, marker)).containsExactlyInAnyOrder(percent, other);
        JsonNode everything = api.read(desk.editor().get("/api/admin/v1/contents?keyword={k}&size=100", "%"));
        assertThat(everything.get("items").findValuesAsText("title")).allMatch(title -> title.contains("%"));
    }

    private java.util.List<Long> ids(AdminApi.Desk desk, String keyword) {
        JsonNode page = api.read(desk.editor().get("/api/admin/v1/contents?keyword={k}", keyword));
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
