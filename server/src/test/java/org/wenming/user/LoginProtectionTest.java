package org.wenming.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wenming.common.security.Role;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;

/** Sign-in counters per account and address, per address and per account; sessions that end. */
@IntegrationTest
class LoginProtectionTest {

    private static final AtomicInteger SUBNETS = new AtomicInteger();

    @Autowired
    AdminApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    /** This test's own addresses ({@code 10.16.<test>.<n>}), untouched by any other test's failures. */
    private final String subnet = "10.16." + SUBNETS.incrementAndGet() + ".";

    @Test
    void aLockoutFromOneAddressLeavesTheOwnerFreeToSignInFromAnother() throws Exception {
        String username = api.newUser("xin-zhen", Role.EDITOR).username();
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password", subnet + 1).andExpect(status().isUnauthorized());
        }
        login(username, "wrong-password", subnet + 1).andExpect(status().isLocked());

        login(username, AdminApi.USER_PASSWORD, subnet + 1)
                .andExpect(status().isLocked())
                .andExpect(header().string(
                                "Retry-After",
                                String.valueOf(Duration.ofMinutes(15).toSeconds())));
        login(username, AdminApi.USER_PASSWORD, subnet + 2).andExpect(status().isOk());
    }

    @Test
    void unknownUsernamesGetTheSameAnswersAndTheSameLockoutAsKnownOnes() throws Exception {
        String known = api.newUser("xin-zhen", Role.EDITOR).username();
        String unknown = "nobody-" + System.nanoTime();

        for (int i = 0; i < 4; i++) {
            String knownAnswer = body(login(known, "wrong-password", subnet + 1).andExpect(status().isUnauthorized()));
            String unknownAnswer =
                    body(login(unknown, "wrong-password", subnet + 2).andExpect(status().isUnauthorized()));
            assertThat(unknownAnswer).isEqualTo(knownAnswer);
        }
        login(known, "wrong-password", subnet + 1)
                .andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        login(unknown, "wrong-password", subnet + 2)
                .andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
    }

    @Test
    void unknownUsernamesTakeAboutAsLongAsKnownOnes() throws Exception {
        String known = api.newUser("xin-zhen", Role.EDITOR).username();
        String unknown = "nobody-" + System.nanoTime();
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            knownNanos.add(timed(known, subnet + i));
            unknownNanos.add(timed(unknown, subnet + (100 + i)));
        }

        long knownMedian = median(knownNanos);
        long unknownMedian = median(unknownNanos);
        assertThat(unknownMedian).isBetween(knownMedian / 2, knownMedian * 2);
    }

    @Test
    void anAddressIsSlowedDownProgressivelyAfterTwentyFailures() throws Exception {
        String address = subnet + 1;
        for (int i = 0; i < 20; i++) {
            login("guess-" + i + "-" + System.nanoTime(), "wrong-password", address)
                    .andExpect(status().isUnauthorized());
        }

        login("guess-late", "wrong-password", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(1));
        clock.advance(Duration.ofSeconds(1));
        login("guess-late", "wrong-password", address).andExpect(status().isUnauthorized());
        login("guess-later", "wrong-password", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"));
        login("guess-late", "wrong-password", subnet + 2).andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountIsSlowedDownOverAllAddressesExceptOnesItSignedInFrom() throws Exception {
        String username = api.newUser("xin-zhen", Role.EDITOR).username();
        String ownersAddress = subnet + 200;
        login(username, AdminApi.USER_PASSWORD, ownersAddress).andExpect(status().isOk());
        for (int i = 0; i < 10; i++) {
            login(username, "wrong-password", subnet + i).andExpect(status().isUnauthorized());
        }

        login(username, "wrong-password", subnet + 50)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
        login(username, AdminApi.USER_PASSWORD, ownersAddress).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccountAndLiftsItsLocks() throws Exception {
        AdminApi.Session first = api.newUser("xin-zhen", Role.EDITOR);
        AdminApi.Session second = api.login(first.username(), AdminApi.USER_PASSWORD);
        for (int i = 0; i < 5; i++) {
            login(first.username(), "wrong-password", subnet + 1);
        }
        login(first.username(), AdminApi.USER_PASSWORD, subnet + 1).andExpect(status().isLocked());

        api.admin()
                .post("/api/admin/v1/users/{id}/password", Map.of("password", "new-password-456"), first.userId())
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/admin/v1/auth/me").session(first.http())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/v1/auth/me").session(second.http())).andExpect(status().isUnauthorized());
        login(first.username(), "new-password-456", subnet + 1).andExpect(status().isOk());
    }

    @Test
    void reEnablingAnAccountDoesNotReviveSessionsOpenedBeforeItWasDisabled() throws Exception {
        AdminApi.Session editor = api.newUser("xin-zhen", Role.EDITOR);
        AdminApi.Session admin = api.admin();

        admin.put("/api/admin/v1/users/{id}", account(editor, false), editor.userId())
                .andExpect(status().isOk());
        admin.put("/api/admin/v1/users/{id}", account(editor, true), editor.userId())
                .andExpect(status().isOk());

        mvc.perform(get("/api/admin/v1/auth/me").session(editor.http())).andExpect(status().isUnauthorized());
        login(editor.username(), AdminApi.USER_PASSWORD, subnet + 1).andExpect(status().isOk());
    }

    private Map<String, Object> account(AdminApi.Session user, boolean enabled) {
        return Map.of(
                "username",
                user.username(),
                "displayName",
                "停用后恢复",
                "orgUnitId",
                api.unitId("xin-zhen"),
                "roles",
                List.of("EDITOR"),
                "enabled",
                enabled);
    }

    private long timed(String username, String address) throws Exception {
        long start = System.nanoTime();
        login(username, "wrong-password", address).andExpect(status().isUnauthorized());
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/api/admin/v1/auth/login")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }
}
