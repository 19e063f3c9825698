package org.wenming.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;

/** Every bad input is a 4xx problem+json with a stable code and Chinese detail; nothing is half-written. */
@IntegrationTest
class BadInputTest {

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    AdminApi.Session editor;
    long unitId;

    @BeforeEach
    void setUp() {
        unitId = api.unitId("mingren-sumu");
        editor = api.newUser("mingren-sumu", Role.EDITOR);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        long before = count();
        ResultActions result = mvc.perform(MockMvcRequestBuilders.post("/api/admin/v1/contents")
                .session(editor.http())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"POSTER\", \"title\": "));

        expectProblem(result, 400, "MALFORMED_JSON");
        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kind | \"SPEECH\" | INVALID_PARAMETER",
                "orgUnitId | \"第一\" | INVALID_PARAMETER",
                "durationSeconds | [1,2] | INVALID_PARAMETER",
                "featured | {\"a\":1} | INVALID_PARAMETER",
                "language | \"en\" | VALIDATION_FAILED",
                "mediaKey | \"https://evil.example/a.mp3\" | VALIDATION_FAILED",
                "durationSeconds | -5 | VALIDATION_FAILED",
                "origin | \"OLD\" | INVALID_PARAMETER",
                "activityTime | \"明天\" | INVALID_PARAMETER"
            })
    void wrongTypesAndValuesAreRefused(String field, String json, String code) throws Exception {
        String body =
                "{\"kind\":\"AUDIO\",\"title\":\"类型错误\",\"orgUnitId\":" + unitId + ",\"" + field + "\":" + json + "}";
        if (field.equals("kind") || field.equals("orgUnitId")) {
            body = "{\"title\":\"类型错误\",\"orgUnitId\":" + unitId + ",\"kind\":\"AUDIO\",\"" + field + "\":" + json
                    + "}";
        }
        long before = count();

        expectProblem(postRaw(body), 400, code);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void overLongTextIsRefusedWithTheFieldNamed() throws Exception {
        Map<String, Object> fields = ContentSamples.of(ContentKind.POSTER, unitId, "长".repeat(201));
        fields.put("quote", "金".repeat(501));

        JsonNode problem =
                api.read(expectProblem(editor.post("/api/admin/v1/contents", fields), 400, "VALIDATION_FAILED"));
        assertThat(problem.get("errors").findValuesAsText("field")).contains("title", "quote");
        assertThat(problem.get("errors").findValuesAsText("message").get(0)).matches(".*[\\u4e00-\\u9fa5].*");
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        JsonNode problem = api.read(expectProblem(
                editor.post("/api/admin/v1/contents", Map.of("summary", "无标题")), 400, "VALIDATION_FAILED"));
        assertThat(problem.get("errors").findValuesAsText("field")).contains("kind", "title", "orgUnitId");
    }

    @Test
    void scriptsInRichTextAreRemovedAndSafeFormattingKept() throws Exception {
        Map<String, Object> fields = ContentSamples.of(ContentKind.POSTER, unitId, "富文本净化");
        fields.put(
                "body",
                "<p style=\"text-align:center;background:url(javascript:x)\" onclick=\"steal()\">"
                        + "<strong>端午</strong><script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a>"
                        + "<img src=\"https://tracker.example/p.gif\"><img src=\"/media/" + "c".repeat(64) + ".png\">"
                        + "<iframe src=\"https://evil.example\"></iframe></p>");

        long id = editor.create(fields);
        String body = editor.content(id).get("body").asText();

        assertThat(body)
                .contains("<strong>端午</strong>", "text-align:center", "/media/" + "c".repeat(64))
                .doesNotContain("script", "onclick", "javascript", "tracker.example", "iframe", "url(");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/admin/v1/contents?size=101, PAGE_TOO_LARGE",
        "/api/admin/v1/contents?size=0, INVALID_PARAMETER",
        "/api/admin/v1/contents?page=0, INVALID_PARAMETER",
        "/api/admin/v1/contents?status=GONE, INVALID_PARAMETER",
        "/api/admin/v1/audit-log?size=1000, PAGE_TOO_LARGE"
    })
    void badAdminPagingAndFiltersAreRefused(String url, String code) throws Exception {
        expectProblem(api.admin().get(url), 400, code);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/mini/v1/contents?size=51, PAGE_TOO_LARGE",
        "/api/mini/v1/contents?cursor=%%%, INVALID_CURSOR",
        "/api/mini/v1/contents?cursor=bm90LWEtY3Vyc29y, INVALID_CURSOR",
        "/api/mini/v1/contents?size=abc, INVALID_PARAMETER",
        "/api/mini/v1/contents/abc, INVALID_PARAMETER",
        "/api/mini/v1/festivals?year=99999, INVALID_PARAMETER",
        "/api/mini/v1/contents?orgUnitId=999999, ORG_UNIT_NOT_FOUND"
    })
    void badMiniQueriesAreRefused(String url, String code) throws Exception {
        ResultActions result = mvc.perform(get(url));
        JsonNode problem = api.read(result);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isBetween(400, 499);
    }

    @Test
    void unknownReferencesAreRefused() throws Exception {
        Map<String, Object> festival = ContentSamples.of(ContentKind.FESTIVAL_ITEM, unitId, "不存在的节日");
        festival.put("festivalCode", "NO_SUCH_DAY");
        expectProblem(editor.post("/api/admin/v1/contents", festival), 400, "VALIDATION_FAILED");

        Map<String, Object> unit = ContentSamples.of(ContentKind.POSTER, 987654L, "不存在的单位");
        expectProblem(editor.post("/api/admin/v1/contents", unit), 404, "ORG_UNIT_NOT_FOUND");
    }

    @Test
    void wrongMethodsAndMediaTypesAreClientErrors() throws Exception {
        expectProblem(mvc.perform(MockMvcRequestBuilders.delete("/api/mini/v1/home")), 405, "METHOD_NOT_ALLOWED");
        expectProblem(
                mvc.perform(MockMvcRequestBuilders.post("/api/admin/v1/contents")
                        .session(editor.http())
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("标题")),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        expectProblem(editor.post("/api/admin/v1/contents", null), 400, "MALFORMED_JSON");
        expectProblem(mvc.perform(get("/api/mini/v1/nothing-here")), 404, "NOT_FOUND");
    }

    @Test
    void festivalRulesAreValidated() throws Exception {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("code", "BAD_DAY", "name", "错误日期", "ruleType", "SOLAR", "month", 2, "day", 30),
                Map.of("code", "BAD_TERM", "name", "错误节气", "ruleType", "SOLAR_TERM", "solarTerm", "春节"),
                Map.of("code", "lower", "name", "小写编码", "ruleType", "SOLAR", "month", 1, "day", 1))) {
            JsonNode problem = api.read(api.admin().post("/api/admin/v1/festivals", bad));
            assertThat(problem.get("status").asInt()).isEqualTo(400);
        }
    }

    private ResultActions postRaw(String body) {
        try {
            return mvc.perform(MockMvcRequestBuilders.post("/api/admin/v1/contents")
                    .session(editor.http())
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").value(matchesPattern(".*[\\u4e00-\\u9fa5].*")));
    }

    private long count() {
        return api.read(api.admin().get("/api/admin/v1/contents?size=1"))
                .get("total")
                .asLong();
    }
}
