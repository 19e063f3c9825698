package org.wenming.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/**
 * The audit log names people as colleagues know them and says of each object whether it is still there to
 * open; its export is the filtered log, within the reader's subtree, as CSV that Excel opens.
 */
@IntegrationTest
class AuditLogNamesAndExportTest {

    private static final String OWN = "qinglongzhang-zhen";
    private static final String OTHER = "dongming-zhen";

    @Autowired
    AdminApi api;

    @Test
    void entriesNameTheActorAndTheObjectAsTheyAreNow() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);
        String marker = "审计名称" + System.nanoTime();
        long item = editor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), marker));

        JsonNode created =
                entries(api.admin(), "targetType=CONTENT&targetId=" + item).get(0);
        assertThat(created.get("actorName").asText()).isEqualTo("测试用户" + editor.username());
        assertThat(created.get("actorUsername").asText()).isEqualTo(editor.username());
        assertThat(created.get("targetExists").asBoolean()).isTrue();
        assertThat(created.get("targetName").asText()).isEqualTo(marker);
        assertThat(created.get("targetContentKind").asText()).isEqualTo("POSTER");

        editor.delete("/api/admin/v1/contents/{id}", item).andExpect(status().isNoContent());
        for (JsonNode entry : entries(api.admin(), "targetType=CONTENT&targetId=" + item)) {
            assertThat(entry.get("targetExists").asBoolean()).isFalse();
            assertThat(entry.hasNonNull("targetName")).isFalse();
        }
    }

    @Test
    void entriesAboutAUserNameThatUser() throws Exception {
        AdminApi.Session created = api.newUser(OWN, Role.EDITOR);

        JsonNode entry = entries(api.admin(), "action=USER_CREATE&targetId=" + created.userId())
                .get(0);
        assertThat(entry.get("targetType").asText()).isEqualTo("USER");
        assertThat(entry.get("targetName").asText()).isEqualTo("测试用户" + created.username());
        assertThat(entry.get("targetExists").asBoolean()).isTrue();
    }

    @Test
    void theExportIsTheFilteredLogWithNamesInChinese() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);
        String marker = "审计导出" + System.nanoTime();
        long item = editor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), marker));

        List<String> lines = csv(api.admin(), "targetType=CONTENT&targetId=" + item);
        assertThat(lines.get(0)).isEqualTo("\uFEFF时间,操作人,账号,操作,对象类型,对象编号,对象名称,详情,IP 地址");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .contains("\"测试用户" + editor.username() + "\",\"" + editor.username() + "\",\"新建内容\",\"内容\",\"" + item
                        + "\",\"" + marker + "\"");
    }

    @Test
    void anotherTownshipsAdministratorExportsNoneOfItsEntries() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);
        long item = editor.create(ContentSamples.of(ContentKind.POSTER, api.unitId(OWN), "审计范围" + System.nanoTime()));

        assertThat(csv(api.newUser(OTHER, Role.ADMIN), "targetType=CONTENT&targetId=" + item))
                .hasSize(1);
        assertThat(csv(api.newUser(OWN, Role.ADMIN), "targetType=CONTENT&targetId=" + item))
                .hasSize(2);
        editor.get("/api/admin/v1/audit-log/export.csv").andExpect(status().isForbidden());
    }

    private JsonNode entries(AdminApi.Session reader, String filter) {
        return api.read(reader.get("/api/admin/v1/audit-log?size=100&" + filter))
                .get("items");
    }

    private static List<String> csv(AdminApi.Session reader, String filter) throws Exception {
        byte[] body = reader.get("/api/admin/v1/audit-log/export.csv?" + filter)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return new String(body, StandardCharsets.UTF_8).lines().toList();
    }
}
