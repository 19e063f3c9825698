package org.wenming.miniapp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.MutableClock;
import org.wenming.support.WeChatStub;

/** WeChat login against the stub: tokens, every WeChat failure answered clearly, expiry and revocation. */
@IntegrationTest
class MiniLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AdminApi admin;

    @Autowired
    ResidentMapper residents;

    @Autowired
    MutableClock clock;

    @Autowired
    MiniAppProperties limits;

    @Autowired
    MiniApi mini;

    WireMockServer wechat;

    @BeforeEach
    void setUp() throws Exception {
        wechat = WeChatStub.server();
    }

    @Test
    void loginAnswersAnOpaqueTokenAndKeepsTheSessionKeyOnTheServer() throws Exception {
        String code = MiniApi.unique("code");
        String body = mini.anonymous(mini.post("/api/mini/v1/auth/login", Map.of("code", code)), MiniApi.newIp())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newResident").value(true))
                .andExpect(jsonPath("$.expiresIn").value(Duration.ofDays(30).toSeconds()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode login = json.readTree(body);
        assertThat(login.get("token").asText()).hasSizeGreaterThanOrEqualTo(40).doesNotContain(code);
        assertThat(body).doesNotContain("session-key").doesNotContain("openid-");
        Resident stored = residents.selectById(login.at("/resident/id").asLong());
        assertThat(stored.getOpenid()).isEqualTo("openid-" + code);
        assertThat(stored.getSessionKey()).isEqualTo("session-key-" + code);
    }

    @Test
    void theSameWeChatUserSignsIntoTheSameResidentAndTheUnionidIsKept() throws Exception {
        String code = MiniApi.unique("union-");
        MiniApi.Resident first = mini.login(code, MiniApi.newIp());
        JsonNode again =
                mini.read(mini.anonymous(mini.post("/api/mini/v1/auth/login", Map.of("code", code)), MiniApi.newIp())
                        .andExpect(status().isOk()));

        assertThat(again.get("newResident").asBoolean()).isFalse();
        assertThat(again.at("/resident/id").asLong()).isEqualTo(first.id());
        assertThat(again.get("token").asText()).isNotEqualTo(first.token());
        assertThat(residents.selectById(first.id()).getUnionid()).isEqualTo("unionid-" + code);
    }

    @Test
    void everyWeChatLoginFailureHasItsOwnProblemCode() throws Exception {
        expectLoginProblem(MiniApi.unique("invalid-"), 400, "WECHAT_CODE_INVALID");
        expectLoginProblem(MiniApi.unique("limited-"), 429, "WECHAT_RATE_LIMITED");

        String busy = MiniApi.unique("busy-");
        expectLoginProblem(busy, 503, "WECHAT_BUSY");
        // busy-retries is 1 in the tests: the SDK asked once more before giving up.
        assertThat(wechat.countRequestsMatching(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                                .withQueryParam("js_code", equalTo(busy))
                                .build())
                        .getCount())
                .isEqualTo(2);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallRepeated() throws Exception {
        String code = MiniApi.unique("expired");
        String scenario = "access-token-" + code;
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", equalTo(code))
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"))
                .willSetStateTo("refreshed"));
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", equalTo(code))
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"openid\":\"openid-" + code + "\",\"session_key\":\"k\"}")));
        long tokenFetches = tokenFetches();

        mini.login(code, MiniApi.newIp());

        assertThat(tokenFetches()).isEqualTo(tokenFetches + 1);
        assertThat(wechat.countRequestsMatching(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                                .withQueryParam("js_code", equalTo(code))
                                .build())
                        .getCount())
                .isEqualTo(2);
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() throws Exception {
        mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/me"), MiniApi.newIp())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
        mini.anonymous(
                        MockMvcRequestBuilders.get("/api/mini/v1/me").header("Authorization", "Bearer forged-token"),
                        MiniApi.newIp())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
    }

    @Test
    void aTokenLivesWhileUsedAndEndsAfterTheIdleTtl() throws Exception {
        MiniApi.Resident resident = mini.login();

        clock.advance(Duration.ofDays(20));
        resident.get("/api/mini/v1/me").andExpect(status().isOk());
        clock.advance(Duration.ofDays(20));
        resident.get("/api/mini/v1/me").andExpect(status().isOk());
        clock.advance(Duration.ofDays(31));
        resident.get("/api/mini/v1/me")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
    }

    @Test
    void logoutEndsTheTokenAndAnAdministratorCanEndAllOfAResident() throws Exception {
        MiniApi.Resident resident = mini.login();
        resident.post("/api/mini/v1/auth/logout", null).andExpect(status().isNoContent());
        resident.get("/api/mini/v1/me").andExpect(status().isUnauthorized());

        String code = MiniApi.unique("code");
        MiniApi.Resident phone = mini.login(code, MiniApi.newIp());
        MiniApi.Resident tablet = mini.login(code, MiniApi.newIp());
        admin.newUser("naiman", Role.EDITOR)
                .post("/api/admin/v1/residents/{id}/revoke-tokens", null, phone.id())
                .andExpect(status().isForbidden());
        admin.admin()
                .post("/api/admin/v1/residents/{id}/revoke-tokens", null, phone.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revoked").value(2));

        phone.get("/api/mini/v1/me").andExpect(status().isUnauthorized());
        tablet.get("/api/mini/v1/me").andExpect(status().isUnauthorized());
    }

    @Test
    void loginIsLimitedPerOpenidAndPerAddress() throws Exception {
        clock.startWindow(limits.rateLimits().login().window());
        String code = MiniApi.unique("code");
        for (int i = 0; i < 3; i++) {
            mini.login(code, MiniApi.newIp());
        }
        mini.anonymous(mini.post("/api/mini/v1/auth/login", Map.of("code", code)), MiniApi.newIp())
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"))
                .andExpect(jsonPath("$.retryAfterSeconds").isNumber());

        String ip = MiniApi.newIp();
        for (int i = 0; i < 6; i++) {
            mini.login(MiniApi.unique("code"), ip);
        }
        String refused = MiniApi.unique("code");
        mini.anonymous(mini.post("/api/mini/v1/auth/login", Map.of("code", refused)), ip)
                .andExpect(status().isTooManyRequests());
        assertThat(wechat.countRequestsMatching(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                                .withQueryParam("js_code", equalTo(refused))
                                .build())
                        .getCount())
                .isZero();

        clock.advance(Duration.ofMinutes(1));
        mini.login(MiniApi.unique("code"), ip);
    }

    @Test
    void theApiDescriptionAsksForTheBearerTokenNotForTheResidentsFields() throws Exception {
        JsonNode api = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(api.at("/paths/~1api~1mini~1v1~1me/get").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1mini~1v1~1me/get/parameters").isMissingNode())
                .isTrue();
        assertThat(api.at("/paths/~1api~1mini~1v1~1contents~1{id}~1stats/get/parameters")
                        .findValuesAsText("name"))
                .containsExactly("id");
    }

    private void expectLoginProblem(String code, int status, String problemCode) throws Exception {
        mini.anonymous(mini.post("/api/mini/v1/auth/login", Map.of("code", code)), MiniApi.newIp())
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(problemCode))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    private long tokenFetches() {
        return wechat.countRequestsMatching(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))
                        .build())
                .getCount();
    }
}
