package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/**
 * The admin content list sorts by a whitelisted column, names each item's author as history does, and exports
 * what it lists, with its filters and within the reader's own units, as CSV that Excel opens.
 */
@IntegrationTest
class ContentListSortAndExportTest {

    private static final String OWN = "zhian-zhen";
    private static final String OTHER = "dongming-zhen";

    @Autowired
    AdminApi api;

    @Test
    void theListSortsByTitleEitherWayAndByPublishTime() throws Exception {
        AdminApi.Desk desk = api.desk(OWN);
        String marker = "排序" + System.nanoTime();
        long b = desk.published(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "B"));
        long a = desk.published(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "A"));
        long c = desk.editor().create(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "C"));

        assertThat(ids(desk.editor(), marker, "title,asc")).containsExactly(a, b, c);
        assertThat(ids(desk.editor(), marker, "title,desc")).containsExactly(c, b, a);
        assertThat(ids(desk.editor(), marker, "publishedAt,desc")).containsExactly(a, b, c);
        assertThat(ids(desk.editor(), marker, "")).containsExactly(c, a, b);
    }

    @Test
    void theListKeepsItemsOfAnyOfTheStatusesAsked() throws Exception {
        AdminApi.Desk desk = api.desk(OWN);
        String marker = "多状态" + System.nanoTime();
        long published = desk.published(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "A"));
        long draft = desk.editor().create(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "B"));
        long submitted = desk.editor().create(ContentSamples.of(ContentKind.POSTER, desk.unitId(), marker + "C"));
        desk.editor().action(submitted, "submit").andExpect(status().isOk());

        JsonNode page =
                api.read(desk.editor().get("/api/admin/v1/contents?keyword={k}&status=DRAFT,PUBLISHED", marker));
        assertThat(page.get("items").findValues("id").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(published, draft);
    }

    @Test
    void aSortOutsideTheWhitelistIsRefusedWithAStableCode() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);
        for (String sort : List.of("body,asc", "title,sideways", "title,asc,again", "id); DROP TABLE content;--")) {
            editor.get("/api/admin/v1/contents?sort={s}", sort)
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.code").value("INVALID_SORT"));
        }
        editor.get("/api/admin/v1/contents/export.csv?sort={s}", "body")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_SORT"));
    }

    @Test
    void eachItemNamesItsAuthorByNameAndListsAThumbnail() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);
        String marker = "作者" + System.nanoTime();
        editor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), marker));

        JsonNode item = list(editor, marker, null).get("items").get(0);
        assertThat(item.get("authorName").asText()).isEqualTo("测试用户" + editor.username());
        assertThat(item.get("thumbnailUrl").asText()).isEqualTo("/media/" + ContentSamples.IMAGE_KEY + "/thumb/320");
    }

    @Test
    void theExportIsTheFilteredListAsCsvThatExcelOpens() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);
        String marker = "导出" + System.nanoTime();
        long item = editor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), marker + "=1+1"));
        editor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), "其他" + System.nanoTime()));

        byte[] csv = editor.get("/api/admin/v1/contents/export.csv?kind=POSTER&keyword={k}", marker)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF编号,标题,类型,状态,单位,作者,标签,语言,时长,发布时间,更新时间");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("\"" + item + "\",\"" + marker + "=1+1\",\"平语近人\",\"草稿\"")
                .contains("\"测试用户" + editor.username() + "\"");
    }

    @Test
    void anEditorExportsNoItemOfAnotherTownship() throws Exception {
        AdminApi.Session own = api.newUser(OWN, Role.EDITOR);
        AdminApi.Session other = api.newUser(OTHER, Role.EDITOR);
        String marker = "范围" + System.nanoTime();
        own.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), marker));

        String exported = new String(
                other.get("/api/admin/v1/contents/export.csv?keyword={k}", marker)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(exported.lines()).hasSize(1);
        other.get("/api/admin/v1/contents/export.csv?orgUnitId={u}", api.unitId(OWN))
                .andExpect(status().is4xxClientError());
    }

    private List<Long> ids(AdminApi.Session session, String keyword, String sort) throws Exception {
        return list(session, keyword, sort).get("items").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private JsonNode list(AdminApi.Session session, String keyword, String sort) {
        String url = "/api/admin/v1/contents?keyword={k}" + (sort == null ? "" : "&sort={s}");
        return api.read(sort == null ? session.get(url, keyword) : session.get(url, keyword, sort));
    }
}
