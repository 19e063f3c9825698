package org.wenming.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

/** The users screen's export: the accounts its filter shows, of the administrator's own subtree, as CSV. */
@IntegrationTest
class UserExportTest {

    private static final String OWN = "qinglongzhang-zhen";
    private static final String OTHER = "dongming-zhen";

    @Autowired
    AdminApi api;

    @Test
    void theExportListsTheFilteredAccountsWithTheirRolesInChinese() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);

        List<String> lines = csv(api.admin(), editor.username());
        assertThat(lines.get(0)).isEqualTo("\uFEFF用户名,姓名,单位,角色,状态,最近登录");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("\"" + editor.username() + "\",\"测试用户" + editor.username() + "\",")
                .contains("\"编辑\",\"正常\"");
    }

    @Test
    void anotherTownshipsAdministratorExportsNoneOfItsAccounts() throws Exception {
        AdminApi.Session editor = api.newUser(OWN, Role.EDITOR);

        assertThat(csv(api.newUser(OTHER, Role.ADMIN), editor.username())).hasSize(1);
        assertThat(csv(api.newUser(OWN, Role.ADMIN), editor.username())).hasSize(2);
        editor.get("/api/admin/v1/users/export.csv").andExpect(status().isForbidden());
    }

    private static List<String> csv(AdminApi.Session reader, String keyword) throws Exception {
        byte[] body = reader.get("/api/admin/v1/users/export.csv?keyword={k}", keyword)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return new String(body, StandardCharsets.UTF_8).lines().toList();
    }
}
