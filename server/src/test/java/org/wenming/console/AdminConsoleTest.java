package org.wenming.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestProfiles;

/** The console built by the admin-ui module is part of the product: served at /admin/ to anyone. */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class AdminConsoleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void adminWithoutSlashRedirectsToTheConsole() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/"));
    }

    @Test
    void consoleRootIsItsIndexPage() throws Exception {
        mvc.perform(get("/admin/")).andExpect(status().isOk()).andExpect(forwardedUrl("/admin/index.html"));
    }

    @Test
    void indexPageIsServedWithoutSignInAndRevalidatedOnEveryVisit() throws Exception {
        String html = mvc.perform(get("/admin/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<div id=\"app\">").contains("文明实践宣传平台");
    }

    @Test
    void hashedAssetsAreCachedForAYear() throws Exception {
        String html =
                mvc.perform(get("/admin/index.html")).andReturn().getResponse().getContentAsString();
        Matcher script = Pattern.compile("src=\"(/admin/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).isTrue();

        mvc.perform(get(script.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    @Test
    void missingConsoleFilesAnswerNotFoundAsProblems() throws Exception {
        mvc.perform(get("/admin/assets/missing.js")).andExpect(status().isNotFound());
    }
}
