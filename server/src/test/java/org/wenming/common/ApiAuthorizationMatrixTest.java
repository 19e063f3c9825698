package org.wenming.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpSession;
import java.awt.Color;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wenming.common.security.Role;
import org.wenming.common.security.SessionRecords;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.TestMedia;

/**
 * Every operation of {@code /v3/api-docs} × every kind of caller: anonymous, a resident, a station, an editor,
 * reviewer and administrator of the township that owns the objects, the same of another township, and the
 * banner office's administrator. Each operation needs a rule here, so an endpoint added without one fails the
 * build; each rule is executed with a minimal request per caller. "Allowed" means past authorization: any
 * answer but 401, 403 or 404 (a 400, 409 or 422 about a minimal body is fine).
 */
@IntegrationTest
class ApiAuthorizationMatrixTest {

    private static final String OWN = "qinglongzhang-zhen";
    private static final String OTHER = "dongming-zhen";
    private static final String FESTIVAL_PREFIX = "MATRIX_";
    private static final String UNIT_PREFIX = "matrix-unit-";

    @Autowired
    AdminApi api;

    @Autowired
    MiniApi mini;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private Fixtures f;

    /** Who calls. */
    enum Caller {
        ANONYMOUS,
        RESIDENT,
        STATION,
        OWN_EDITOR,
        OWN_REVIEWER,
        OWN_ADMIN,
        OTHER_EDITOR,
        OTHER_REVIEWER,
        OTHER_ADMIN,
        BANNER_ADMIN;

        boolean administrator() {
            return ordinal() >= OWN_EDITOR.ordinal();
        }

        boolean ofOtherTownship() {
            return this == OTHER_EDITOR || this == OTHER_REVIEWER || this == OTHER_ADMIN;
        }

        /** The banner's administrator holds every role (the bootstrap account). */
        boolean has(Role role) {
            return switch (this) {
                case OWN_EDITOR, OTHER_EDITOR -> role == Role.EDITOR;
                case OWN_REVIEWER, OTHER_REVIEWER -> role == Role.REVIEWER;
                case OWN_ADMIN, OTHER_ADMIN -> role == Role.ADMIN;
                case BANNER_ADMIN -> true;
                default -> false;
            };
        }
    }

    /** What a caller must get. */
    enum Outcome {
        ALLOWED,
        SIGN_IN,
        FORBIDDEN,
        /** Another unit's object or unit: 404 as if it did not exist, or 403 OUT_OF_SCOPE. */
        REFUSED;

        boolean matches(int status) {
            return switch (this) {
                case ALLOWED -> status != 401 && status != 403 && status != 404;
                case SIGN_IN -> status == 401;
                case FORBIDDEN -> status == 403;
                case REFUSED -> status == 403 || status == 404;
            };
        }
    }

    /** Builds the request; {@code fresh} asks for objects of its own when the caller may change or delete them. */
    interface Request {
        MockHttpServletRequestBuilder build(boolean fresh) throws Exception;
    }

    record Rule(Map<Caller, Outcome> outcomes, Request request, boolean endsSession) {}

    @TestFactory
    Stream<DynamicTest> everyOperationOfTheApiDescriptionHasARuleThatHolds() throws Exception {
        f = new Fixtures();
        Map<String, Rule> rules = rules();
        Set<String> operations = documentedOperations();
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(rules.keySet());
        Set<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(operations);

        DynamicTest complete = DynamicTest.dynamicTest("every documented operation has a rule", () -> {
            assertThat(missing)
                    .as("operations of /v3/api-docs without an authorization rule in this test")
                    .isEmpty();
            assertThat(stale).as("rules for operations that are not documented").isEmpty();
        });
        Stream<DynamicTest> checks = operations.stream()
                .filter(rules::containsKey)
                .map(operation -> DynamicTest.dynamicTest(operation, () -> check(operation, rules.get(operation))));
        return Stream.concat(Stream.of(complete), checks);
    }

    /** The festivals and units made here would show in other tests' calendars and trees. */
    @AfterEach
    void removeWhatOtherTestsWouldSee() throws Exception {
        AdminApi.Session banner = api.admin();
        for (JsonNode festival : api.read(banner.get("/api/admin/v1/festivals/definitions"))) {
            String code = festival.get("code").asText();
            if (code.startsWith(FESTIVAL_PREFIX)) {
                banner.delete("/api/admin/v1/festivals/{code}", code).andExpect(status().isNoContent());
            }
        }
        List<JsonNode> units = new ArrayList<>();
        api.read(banner.get("/api/admin/v1/org-units")).forEach(root -> collect(root, units));
        for (JsonNode unit : units) {
            if (unit.get("code").asText().startsWith(UNIT_PREFIX)) {
                banner.delete("/api/admin/v1/org-units/{id}", unit.get("id").asLong())
                        .andExpect(status().isNoContent());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> units) {
        units.add(node);
        node.path("children").forEach(child -> collect(child, units));
    }

    @AfterEach
    void letTheRebuildStartedHereFinish() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (api.read(api.admin().get("/api/admin/v1/search/status"))
                        .at("/reindex/status")
                        .asText()
                        .equals("RUNNING")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void check(String operation, Rule rule) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            Outcome expected = rule.outcomes().get(caller);
            boolean fresh = expected == Outcome.ALLOWED && !operation.startsWith("GET ");
            MockHttpServletRequestBuilder request = rule.request().build(fresh).with(csrf());
            int status = mvc.perform(as(caller, request, rule.endsSession() && expected == Outcome.ALLOWED))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (!expected.matches(status)) {
                wrong.add(caller + " expected " + expected + " but got " + status);
            }
        }
        assertThat(wrong).as(operation).isEmpty();
    }

    private MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request, boolean ownSession) {
        request.with(r -> {
            r.setRemoteAddr(MiniApi.newIp());
            return r;
        });
        return switch (caller) {
            case ANONYMOUS -> request;
            case RESIDENT ->
                request.header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + (ownSession ? mini.login().token() : f.resident.token()));
            case STATION -> request.header("X-Station-Key", f.stationKey);
            default -> request.session(ownSession ? f.newSession(caller) : f.session(caller));
        };
    }

    /** Ends the session the request is sent in: only then does a caller name a session id of their own. */
    private static MockHttpServletRequestBuilder endOwnSession(String prefix) {
        return delete(prefix + "none").with(r -> {
            HttpSession session = r.getSession(false);
            Object id = session == null ? null : session.getAttribute(SessionRecords.ATTRIBUTE);
            if (id != null) {
                r.setRequestURI(prefix + id);
            }
            return r;
        });
    }

    private Set<String> documentedOperations() throws Exception {
        JsonNode paths = api.read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()))
                .get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        return operations;
    }

    // Who may call what.

    private static Map<Caller, Outcome> everyone() {
        return outcomes(caller -> Outcome.ALLOWED);
    }

    private static Map<Caller, Outcome> residents() {
        return outcomes(caller -> caller == Caller.RESIDENT ? Outcome.ALLOWED : Outcome.SIGN_IN);
    }

    private static Map<Caller, Outcome> stations() {
        return outcomes(caller -> caller == Caller.STATION ? Outcome.ALLOWED : Outcome.SIGN_IN);
    }

    /** Any signed-in administrator, wherever they are (lists and reads that filter by the caller's subtree). */
    private static Map<Caller, Outcome> signedIn() {
        return outcomes(caller -> caller.administrator() ? Outcome.ALLOWED : Outcome.SIGN_IN);
    }

    /** Any signed-in administrator over the own township's object. */
    private static Map<Caller, Outcome> signedInOverOwn() {
        return outcomes(caller -> !caller.administrator()
                ? Outcome.SIGN_IN
                : caller.ofOtherTownship() ? Outcome.REFUSED : Outcome.ALLOWED);
    }

    /** One of the roles; {@code scoped}: over the own township's object, which another township cannot reach. */
    private static Map<Caller, Outcome> anyOf(boolean scoped, Role... roles) {
        return outcomes(caller -> {
            if (!caller.administrator()) {
                return Outcome.SIGN_IN;
            }
            if (scoped && caller.ofOtherTownship()) {
                return Outcome.REFUSED;
            }
            return Stream.of(roles).anyMatch(caller::has) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
        });
    }

    /** The banner office's administrators alone. */
    private static Map<Caller, Outcome> banner() {
        return outcomes(caller -> !caller.administrator()
                ? Outcome.SIGN_IN
                : caller == Caller.BANNER_ADMIN ? Outcome.ALLOWED : Outcome.FORBIDDEN);
    }

    private static Map<Caller, Outcome> with(Map<Caller, Outcome> outcomes, Caller caller, Outcome outcome) {
        Map<Caller, Outcome> changed = new EnumMap<>(outcomes);
        changed.put(caller, outcome);
        return changed;
    }

    private static Map<Caller, Outcome> outcomes(Function<Caller, Outcome> rule) {
        Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            outcomes.put(caller, rule.apply(caller));
        }
        return outcomes;
    }

    // The table: one rule per documented operation.

    private Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        String admin = "/api/admin/v1";
        String content = admin + "/contents/";

        // Signing in and the session.
        rules.put(
                "POST " + admin + "/auth/login",
                rule(
                        everyone(),
                        fresh -> post(admin + "/auth/login")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")));
        rules.put("GET " + admin + "/auth/csrf", rule(everyone(), fresh -> get(admin + "/auth/csrf")));
        rules.put("GET " + admin + "/auth/session", rule(everyone(), fresh -> get(admin + "/auth/session")));
        rules.put("GET " + admin + "/auth/me", rule(signedIn(), fresh -> get(admin + "/auth/me")));
        rules.put("POST " + admin + "/auth/logout", new Rule(signedIn(), fresh -> post(admin + "/auth/logout"), true));
        rules.put(
                "POST " + admin + "/auth/password",
                rule(signedIn(), fresh -> body(post(admin + "/auth/password"), Map.of())));
        rules.put("GET " + admin + "/auth/sessions", rule(signedIn(), fresh -> get(admin + "/auth/sessions")));
        rules.put(
                "DELETE " + admin + "/auth/sessions/{id}",
                new Rule(signedIn(), fresh -> endOwnSession(admin + "/auth/sessions/"), true));

        // Content: every role works on the own township's items; the workflow asks for roles of its own.
        rules.put("GET " + admin + "/contents", rule(signedIn(), fresh -> get(admin + "/contents")));
        rules.put(
                "GET " + admin + "/contents/export.csv",
                rule(signedIn(), fresh -> get(admin + "/contents/export.csv")));
        rules.put(
                "POST " + admin + "/contents",
                rule(signedInOverOwn(), fresh -> body(post(admin + "/contents"), f.poster("新建"))));
        rules.put("GET " + content + "{id}", rule(signedInOverOwn(), fresh -> get(content + f.draft)));
        rules.put("PUT " + content + "{id}", rule(signedInOverOwn(), fresh -> {
            long id = fresh ? f.newDraft() : f.draft;
            return body(put(content + id), f.withVersion(f.poster("改过"), 1));
        }));
        rules.put(
                "DELETE " + content + "{id}",
                rule(signedInOverOwn(), fresh -> delete(content + (fresh ? f.newDraft() : f.draft))));
        rules.put(
                "POST " + content + "{id}/submit",
                rule(signedInOverOwn(), fresh -> post(content + (fresh ? f.newDraft() : f.draft) + "/submit")));
        rules.put(
                "POST " + content + "{id}/withdraw",
                rule(
                        with(anyOf(true, Role.EDITOR, Role.ADMIN), Caller.OWN_EDITOR, Outcome.ALLOWED),
                        fresh -> post(content + (fresh ? f.newSubmitted() : f.submitted) + "/withdraw")));
        rules.put(
                "POST " + content + "{id}/approve",
                rule(
                        anyOf(true, Role.REVIEWER),
                        fresh -> post(content + (fresh ? f.newSubmitted() : f.submitted) + "/approve")));
        rules.put(
                "POST " + content + "{id}/reject",
                rule(
                        anyOf(true, Role.REVIEWER),
                        fresh -> body(
                                post(content + (fresh ? f.newSubmitted() : f.submitted) + "/reject"),
                                Map.of("reason", "测试退回"))));
        rules.put(
                "POST " + content + "{id}/publish",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> post(content + (fresh ? f.newApproved() : f.approved) + "/publish")));
        rules.put(
                "POST " + content + "{id}/offline",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> post(content + (fresh ? f.newPublished() : f.published) + "/offline")));
        rules.put(
                "GET " + content + "{id}/transitions",
                rule(signedInOverOwn(), fresh -> get(content + f.draft + "/transitions")));
        rules.put(
                "GET " + content + "{id}/revisions",
                rule(signedInOverOwn(), fresh -> get(content + f.draft + "/revisions")));
        rules.put(
                "GET " + content + "{id}/revisions/{version}",
                rule(signedInOverOwn(), fresh -> get(content + f.draft + "/revisions/1")));
        rules.put(
                "POST " + content + "{id}/revisions/{version}/restore",
                rule(
                        signedInOverOwn(),
                        fresh -> body(
                                post(content + (fresh ? f.newDraft() : f.draft) + "/revisions/1/restore"),
                                Map.of("version", 1))));
        rules.put("GET " + content + "stats", rule(signedIn(), fresh -> get(content + "stats")));
        rules.put("GET " + content + "trends", rule(signedIn(), fresh -> get(content + "trends")));
        rules.put(
                "GET " + content + "brand-project-targets",
                rule(signedIn(), fresh -> get(content + "brand-project-targets")));
        rules.put(
                "GET " + admin + "/settings/review-levels",
                rule(signedIn(), fresh -> get(admin + "/settings/review-levels")));
        rules.put(
                "PUT " + admin + "/settings/review-levels",
                rule(
                        banner(),
                        fresh -> body(put(admin + "/settings/review-levels"), Map.of("levels", f.reviewLevels))));

        // Media.
        rules.put(
                "POST " + admin + "/media/{use}",
                rule(
                        signedIn(),
                        fresh -> multipart(admin + "/media/image")
                                .file(new MockMultipartFile(
                                        "file", "a.png", "image/png", TestMedia.png(8, 8, Color.RED)))));
        rules.put("GET " + admin + "/media/limits", rule(signedIn(), fresh -> get(admin + "/media/limits")));
        rules.put(
                "GET " + admin + "/media/{key}/info",
                rule(signedIn(), fresh -> get(admin + "/media/" + ContentSamples.IMAGE_KEY + "/info")));
        rules.put("GET /media/{key}", rule(everyone(), fresh -> get("/media/" + ContentSamples.IMAGE_KEY)));
        rules.put(
                "GET /media/{key}/thumb/{width}",
                rule(everyone(), fresh -> get("/media/" + ContentSamples.IMAGE_KEY + "/thumb/320")));
        rules.put(
                "GET /media/{key}/renditions/{file}",
                rule(everyone(), fresh -> get("/media/" + ContentSamples.AUDIO_KEY + "/renditions/station.mp3")));

        // People and units: administrators, within their subtree.
        rules.put("GET " + admin + "/users", rule(anyOf(false, Role.ADMIN), fresh -> get(admin + "/users")));
        rules.put(
                "GET " + admin + "/users/export.csv",
                rule(anyOf(false, Role.ADMIN), fresh -> get(admin + "/users/export.csv")));
        rules.put(
                "GET " + admin + "/users/roles", rule(anyOf(false, Role.ADMIN), fresh -> get(admin + "/users/roles")));
        rules.put(
                "POST " + admin + "/users",
                rule(anyOf(true, Role.ADMIN), fresh -> body(post(admin + "/users"), f.user(MiniApi.unique("matrix")))));
        rules.put(
                "GET " + admin + "/users/{id}",
                rule(anyOf(true, Role.ADMIN), fresh -> get(admin + "/users/" + f.ownUser.userId())));
        rules.put("PUT " + admin + "/users/{id}", rule(anyOf(true, Role.ADMIN), fresh -> {
            AdminApi.Session user = fresh ? api.newUser(OWN, Role.EDITOR) : f.ownUser;
            return body(put(admin + "/users/" + user.userId()), f.user(user.username()));
        }));
        rules.put("POST " + admin + "/users/{id}/password", rule(anyOf(true, Role.ADMIN), fresh -> {
            AdminApi.Session user = fresh ? api.newUser(OWN, Role.EDITOR) : f.ownUser;
            return body(post(admin + "/users/" + user.userId() + "/password"), Map.of("password", "password-456"));
        }));
        rules.put("GET " + admin + "/org-units", rule(signedIn(), fresh -> get(admin + "/org-units")));
        rules.put(
                "GET " + admin + "/org-units/{id}", rule(signedIn(), fresh -> get(admin + "/org-units/" + f.village)));
        rules.put(
                "POST " + admin + "/org-units",
                rule(
                        anyOf(true, Role.ADMIN),
                        fresh -> body(post(admin + "/org-units"), f.unit(MiniApi.unique(UNIT_PREFIX), f.ownUnit))));
        rules.put("PUT " + admin + "/org-units/{id}", rule(anyOf(true, Role.ADMIN), fresh -> {
            JsonNode unit = fresh ? f.newVillage() : f.villageNode;
            return body(
                    put(admin + "/org-units/" + unit.get("id").asLong()),
                    f.unit(unit.get("code").asText(), f.ownUnit));
        }));
        rules.put(
                "DELETE " + admin + "/org-units/{id}",
                rule(
                        anyOf(true, Role.ADMIN),
                        fresh -> delete(admin + "/org-units/"
                                + (fresh ? f.newVillage() : f.villageNode)
                                        .get("id")
                                        .asLong())));
        rules.put("GET " + admin + "/audit-log", rule(anyOf(false, Role.ADMIN), fresh -> get(admin + "/audit-log")));
        rules.put(
                "GET " + admin + "/audit-log/export.csv",
                rule(anyOf(false, Role.ADMIN), fresh -> get(admin + "/audit-log/export.csv")));

        // Banner-wide settings and operations.
        rules.put("GET " + admin + "/festivals", rule(signedIn(), fresh -> get(admin + "/festivals")));
        rules.put(
                "GET " + admin + "/festivals/definitions",
                rule(signedIn(), fresh -> get(admin + "/festivals/definitions")));
        rules.put(
                "POST " + admin + "/festivals",
                rule(
                        banner(),
                        fresh -> body(
                                post(admin + "/festivals"),
                                f.festival(MiniApi.unique(FESTIVAL_PREFIX).toUpperCase()))));
        rules.put("PUT " + admin + "/festivals/{code}", rule(banner(), fresh -> {
            String code = fresh ? f.newFestival() : f.festival;
            return body(put(admin + "/festivals/" + code), f.festival(code));
        }));
        rules.put(
                "DELETE " + admin + "/festivals/{code}",
                rule(banner(), fresh -> delete(admin + "/festivals/" + (fresh ? f.newFestival() : f.festival))));
        rules.put("GET " + admin + "/search/status", rule(banner(), fresh -> get(admin + "/search/status")));
        rules.put("POST " + admin + "/search/reindex", rule(banner(), fresh -> post(admin + "/search/reindex")));
        rules.put(
                "GET " + admin + "/search/reindex/{id}",
                rule(banner(), fresh -> get(admin + "/search/reindex/" + f.reindex)));
        rules.put("POST " + admin + "/search/reconcile", rule(banner(), fresh -> post(admin + "/search/reconcile")));
        rules.put(
                "POST " + admin + "/residents/{id}/revoke-tokens",
                rule(banner(), fresh -> post(admin + "/residents/" + f.otherResident.id() + "/revoke-tokens")));
        rules.put("GET " + admin + "/subscribe-messages", rule(banner(), fresh -> get(admin + "/subscribe-messages")));

        // Residents' submissions, moderated by reviewers and administrators of the unit.
        rules.put("GET " + admin + "/submissions", rule(signedIn(), fresh -> get(admin + "/submissions")));
        rules.put(
                "POST " + admin + "/submissions/{id}/approve",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> post(
                                admin + "/submissions/" + (fresh ? f.newSubmission() : f.submission) + "/approve")));
        rules.put(
                "POST " + admin + "/submissions/{id}/reject",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> body(
                                post(admin + "/submissions/" + (fresh ? f.newSubmission() : f.submission) + "/reject"),
                                Map.of("reason", "测试退回"))));

        // Stations: everyone reads their subtree's; administrators manage stations, reviewers the programme.
        rules.put("GET " + admin + "/stations", rule(signedIn(), fresh -> get(admin + "/stations")));
        rules.put(
                "POST " + admin + "/stations",
                rule(
                        anyOf(true, Role.ADMIN),
                        fresh -> body(post(admin + "/stations"), f.station(MiniApi.unique("matrix-st")))));
        rules.put(
                "GET " + admin + "/stations/{id}",
                rule(
                        signedInOverOwn(),
                        fresh -> get(admin + "/stations/" + f.station.get("id").asLong())));
        rules.put("PUT " + admin + "/stations/{id}", rule(anyOf(true, Role.ADMIN), fresh -> {
            JsonNode station = fresh ? f.newStation() : f.station;
            return body(
                    put(admin + "/stations/" + station.get("id").asLong()),
                    f.station(station.get("code").asText()));
        }));
        rules.put(
                "POST " + admin + "/stations/{id}/key",
                rule(
                        anyOf(true, Role.ADMIN),
                        fresh -> post(admin + "/stations/"
                                + (fresh ? f.newStation() : f.station).get("id").asLong() + "/key")));
        rules.put(
                "GET " + admin + "/stations/{id}/playlist",
                rule(
                        signedInOverOwn(),
                        fresh -> get(admin + "/stations/" + f.station.get("id").asLong() + "/playlist?date="
                                + LocalDate.now())));
        rules.put("GET " + admin + "/station-health", rule(signedIn(), fresh -> get(admin + "/station-health")));
        rules.put("GET " + admin + "/station-audio", rule(signedIn(), fresh -> get(admin + "/station-audio")));
        rules.put("GET " + admin + "/station-schedules", rule(signedIn(), fresh -> get(admin + "/station-schedules")));
        rules.put(
                "POST " + admin + "/station-schedules",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> body(post(admin + "/station-schedules"), f.schedule())));
        rules.put(
                "GET " + admin + "/station-schedules/{id}",
                rule(signedInOverOwn(), fresh -> get(admin + "/station-schedules/" + f.schedule)));
        rules.put(
                "PUT " + admin + "/station-schedules/{id}",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> body(
                                put(admin + "/station-schedules/" + (fresh ? f.newSchedule() : f.schedule)),
                                f.schedule())));
        rules.put(
                "DELETE " + admin + "/station-schedules/{id}",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> delete(admin + "/station-schedules/" + (fresh ? f.newSchedule() : f.schedule))));
        rules.put("GET " + admin + "/station-urgent", rule(signedIn(), fresh -> get(admin + "/station-urgent")));
        rules.put(
                "POST " + admin + "/station-urgent",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> body(post(admin + "/station-urgent"), f.urgent())));
        rules.put(
                "POST " + admin + "/station-urgent/{id}/end",
                rule(
                        anyOf(true, Role.REVIEWER, Role.ADMIN),
                        fresh -> post(admin + "/station-urgent/" + (fresh ? f.newUrgent() : f.urgent) + "/end")));
        rules.put("GET " + admin + "/station-ledger", rule(signedIn(), fresh -> get(admin + "/station-ledger")));
        rules.put(
                "GET " + admin + "/station-ledger/export.csv",
                rule(signedIn(), fresh -> get(admin + "/station-ledger/export.csv")));
        rules.put(
                "GET " + admin + "/station-ledger/export.xlsx",
                rule(signedIn(), fresh -> get(admin + "/station-ledger/export.xlsx")));

        // The pull interface of stations: their key.
        String station = "/api/station/v1";
        rules.put("GET " + station + "/playlist", rule(stations(), fresh -> get(station + "/playlist")));
        rules.put("GET " + station + "/playlist.m3u", rule(stations(), fresh -> get(station + "/playlist.m3u")));
        rules.put(
                "POST " + station + "/receipts",
                rule(stations(), fresh -> body(post(station + "/receipts"), f.receipts())));
        rules.put("POST " + station + "/heartbeat", rule(stations(), fresh -> post(station + "/heartbeat")));
        rules.put("GET " + station + "/schedule", rule(stations(), fresh -> get(station + "/schedule")));
        rules.put(
                "GET " + station + "/schedule/slot.m3u",
                rule(stations(), fresh -> get(station + "/schedule/slot.m3u").param("start", f.urgentSlotStart)));
        rules.put("GET " + station + "/changes", rule(stations(), fresh -> get(station + "/changes")));

        // The mini program: public reads, and a resident's own things.
        String m = "/api/mini/v1";
        long item = f.published;
        for (String read : List.of(
                "/home",
                "/contents",
                "/contents/" + item,
                "/festivals",
                "/festivals/upcoming",
                "/covers?name=志愿服务",
                "/org-units",
                "/search?q=测试",
                "/search/suggest?q=测",
                "/search/hot",
                "/contents/" + item + "/stats",
                "/contents/stats?ids=" + item,
                "/submissions/gallery",
                "/contents/" + item + "/share-poster")) {
            String path = read.replace("/" + item, "/{id}").replaceAll("\\?.*", "");
            rules.put("GET " + m + path, rule(everyone(), fresh -> get(m + read)));
        }
        rules.put("POST " + m + "/auth/login", rule(everyone(), fresh -> body(post(m + "/auth/login"), Map.of())));
        // Signing out without a token has nothing to end, so it is no refusal.
        rules.put("POST " + m + "/auth/logout", new Rule(everyone(), fresh -> post(m + "/auth/logout"), true));
        rules.put("GET " + m + "/me", rule(residents(), fresh -> get(m + "/me")));
        rules.put(
                "PUT " + m + "/me/profile",
                rule(residents(), fresh -> body(put(m + "/me/profile"), Map.of("nickname", "矩阵"))));
        rules.put("POST " + m + "/me/avatar", rule(residents(), fresh -> multipart(m + "/me/avatar")));
        rules.put("POST " + m + "/me/phone", rule(residents(), fresh -> body(post(m + "/me/phone"), Map.of())));
        rules.put("GET " + m + "/me/favourites", rule(residents(), fresh -> get(m + "/me/favourites")));
        rules.put("GET " + m + "/me/history", rule(residents(), fresh -> get(m + "/me/history")));
        rules.put("GET " + m + "/me/submissions", rule(residents(), fresh -> get(m + "/me/submissions")));
        for (String action : List.of("favourite", "like")) {
            rules.put(
                    "PUT " + m + "/contents/{id}/" + action,
                    rule(residents(), fresh -> put(m + "/contents/" + item + "/" + action)));
            rules.put(
                    "DELETE " + m + "/contents/{id}/" + action,
                    rule(residents(), fresh -> delete(m + "/contents/" + item + "/" + action)));
        }
        rules.put(
                "POST " + m + "/contents/{id}/views",
                rule(residents(), fresh -> post(m + "/contents/" + item + "/views")));
        rules.put(
                "PUT " + m + "/contents/{id}/progress",
                rule(
                        residents(),
                        fresh -> body(put(m + "/contents/" + item + "/progress"), Map.of("positionSeconds", 1))));
        rules.put("GET " + m + "/subscriptions", rule(residents(), fresh -> get(m + "/subscriptions")));
        rules.put(
                "POST " + m + "/subscriptions/{topic}",
                rule(residents(), fresh -> post(m + "/subscriptions/new-audio")));
        rules.put(
                "DELETE " + m + "/subscriptions/{topic}",
                rule(residents(), fresh -> delete(m + "/subscriptions/new-audio")));
        rules.put(
                "POST " + m + "/submissions",
                rule(residents(), fresh -> multipart(m + "/submissions").param("text", "")));
        rules.put("GET " + m + "/images/{key}", rule(everyone(), fresh -> get(f.submissionPhoto)));

        // WeChat's server signs what it sends to the portal; nobody else gets past the signature.
        Map<Caller, Outcome> unsigned = outcomes(caller -> Outcome.FORBIDDEN);
        String portal = "/wx/portal?signature=x&timestamp=1&nonce=1";
        rules.put("GET /wx/portal", rule(unsigned, fresh -> get(portal + "&echostr=e")));
        rules.put(
                "POST /wx/portal",
                rule(
                        unsigned,
                        fresh -> post(portal).contentType(MediaType.TEXT_XML).content("<xml/>")));
        return rules;
    }

    private static Rule rule(Map<Caller, Outcome> outcomes, Request request) {
        return new Rule(outcomes, request, false);
    }

    private MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** Made once per run: the people, and one object of each kind in the own township. */
    private final class Fixtures {

        final long ownUnit = api.unitId(OWN);
        final AdminApi.Session ownEditor = api.newUser(OWN, Role.EDITOR);
        final AdminApi.Session ownReviewer = api.newUser(OWN, Role.REVIEWER);
        final Map<Caller, AdminApi.Session> sessions = new EnumMap<>(Caller.class);
        final AdminApi.Session ownUser = api.newUser(OWN, Role.EDITOR);
        final MiniApi.Resident resident = mini.login();
        final MiniApi.Resident otherResident = mini.login();
        final int reviewLevels;
        final long draft;
        final long submitted;
        final long approved;
        final long published;
        final long audio;
        final JsonNode villageNode;
        final long village;
        final String festival;
        final JsonNode station;
        final String stationKey;
        final long schedule;
        final long urgent;
        final String urgentSlotStart;
        final long submission;
        final String submissionPhoto;
        final long reindex;

        Fixtures() throws Exception {
            sessions.put(Caller.OWN_EDITOR, ownEditor);
            sessions.put(Caller.OWN_REVIEWER, ownReviewer);
            sessions.put(Caller.OWN_ADMIN, api.newUser(OWN, Role.ADMIN));
            sessions.put(Caller.OTHER_EDITOR, api.newUser(OTHER, Role.EDITOR));
            sessions.put(Caller.OTHER_REVIEWER, api.newUser(OTHER, Role.REVIEWER));
            sessions.put(Caller.OTHER_ADMIN, api.newUser(OTHER, Role.ADMIN));
            sessions.put(Caller.BANNER_ADMIN, api.admin());
            reviewLevels = api.read(api.admin().get("/api/admin/v1/settings/review-levels"))
                    .get("levels")
                    .asInt();
            draft = newDraft();
            submitted = newSubmitted();
            approved = newApproved();
            published = newPublished();
            audio = published(ContentSamples.of(ContentKind.AUDIO, ownUnit, "矩阵广播"));
            villageNode = newVillage();
            village = villageNode.get("id").asLong();
            festival = newFestival();
            JsonNode issued = issueStation();
            station = issued.get("station");
            stationKey = issued.get("key").asText();
            schedule = newSchedule();
            urgent = newUrgent();
            urgentSlotStart = newUrgentSlot();
            JsonNode submitted = submit();
            submission = submitted.get("id").asLong();
            submissionPhoto = URI.create(submitted.get("photoUrl").asText()).getPath();
            reindex = rebuildSearch();
        }

        MockHttpSession session(Caller caller) {
            return sessions.get(caller).http();
        }

        MockHttpSession newSession(Caller caller) {
            AdminApi.Session session = sessions.get(caller);
            String password = caller == Caller.BANNER_ADMIN ? AdminApi.ADMIN_PASSWORD : AdminApi.USER_PASSWORD;
            return api.login(session.username(), password).http();
        }

        Map<String, Object> poster(String title) {
            return ContentSamples.of(ContentKind.POSTER, ownUnit, "矩阵" + title);
        }

        Map<String, Object> withVersion(Map<String, Object> fields, int version) {
            fields.put("version", version);
            return fields;
        }

        long newDraft() {
            return ownEditor.create(poster("草稿"));
        }

        long newSubmitted() throws Exception {
            long id = newDraft();
            ownEditor.action(id, "submit").andExpect(status().isOk());
            return id;
        }

        long newApproved() throws Exception {
            long id = newSubmitted();
            ownReviewer.action(id, "approve").andExpect(status().isOk());
            return id;
        }

        long newPublished() throws Exception {
            long id = newApproved();
            ownReviewer.action(id, "publish").andExpect(status().isOk());
            return id;
        }

        long published(Map<String, Object> fields) throws Exception {
            long id = ownEditor.create(fields);
            ownEditor.action(id, "submit").andExpect(status().isOk());
            ownReviewer.action(id, "approve").andExpect(status().isOk());
            ownReviewer.action(id, "publish").andExpect(status().isOk());
            return id;
        }

        Map<String, Object> user(String username) {
            return Map.of(
                    "username",
                    username,
                    "displayName",
                    "矩阵用户",
                    "orgUnitId",
                    ownUnit,
                    "roles",
                    List.of("EDITOR"),
                    "enabled",
                    true,
                    "password",
                    AdminApi.USER_PASSWORD);
        }

        Map<String, Object> unit(String code, long parentId) {
            return Map.of("code", code, "name", "矩阵村" + code, "type", "VILLAGE", "parentId", parentId);
        }

        JsonNode newVillage() throws Exception {
            return api.read(api.admin()
                    .post("/api/admin/v1/org-units", unit(MiniApi.unique(UNIT_PREFIX), ownUnit))
                    .andExpect(status().isCreated()));
        }

        Map<String, Object> festival(String code) {
            return Map.of("code", code, "name", "矩阵节", "ruleType", "SOLAR", "month", 12, "day", 6);
        }

        String newFestival() throws Exception {
            String code = MiniApi.unique(FESTIVAL_PREFIX).toUpperCase();
            api.admin().post("/api/admin/v1/festivals", festival(code)).andExpect(status().isCreated());
            return code;
        }

        Map<String, Object> station(String code) {
            return Map.of("code", code, "name", "矩阵广播站", "orgUnitId", ownUnit, "deviceType", "OTHER");
        }

        JsonNode newStation() throws Exception {
            return issueStation().get("station");
        }

        JsonNode issueStation() throws Exception {
            return api.read(api.admin()
                    .post("/api/admin/v1/stations", station(MiniApi.unique("matrix-station")))
                    .andExpect(status().isCreated()));
        }

        /** For the test's own station, over a few days: other tests' stations play nothing of this. */
        Map<String, Object> schedule() {
            LocalDate start = LocalDate.now().plusDays(1);
            return Map.of(
                    "name", "矩阵节目",
                    "targetStationId", station.get("id").asLong(),
                    "startDate", start.toString(),
                    "endDate", start.plusDays(7).toString(),
                    "daysOfWeek", List.of(1),
                    "slots", List.of(Map.of("startTime", "08:00", "contentIds", List.of(audio))));
        }

        long newSchedule() throws Exception {
            return api.read(ownReviewer
                            .post("/api/admin/v1/station-schedules", schedule())
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        }

        Map<String, Object> urgent() {
            LocalDateTime start = LocalDateTime.now().plusHours(1).withNano(0);
            return Map.of(
                    "title", "矩阵插播",
                    "targetStationId", station.get("id").asLong(),
                    "startsAt", start.toString(),
                    "endsAt", start.plusHours(1).toString(),
                    "contentIds", List.of(audio));
        }

        long newUrgent() throws Exception {
            return api.read(ownReviewer
                            .post("/api/admin/v1/station-urgent", urgent())
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
        }

        /** An urgent insert of its own (others get ended); answers its slot's start as schedule v2 names it. */
        String newUrgentSlot() throws Exception {
            Map<String, Object> request = urgent();
            ownReviewer.post("/api/admin/v1/station-urgent", request).andExpect(status().isCreated());
            return LocalDateTime.parse((String) request.get("startsAt"))
                    .atZone(ZoneId.of("Asia/Shanghai"))
                    .toOffsetDateTime()
                    .toString();
        }

        long newSubmission() throws Exception {
            return submit().get("id").asLong();
        }

        /** By a resident of their own: residents may send only a few a day. */
        JsonNode submit() throws Exception {
            return mini.read(mini.login()
                    .perform(multipart("/api/mini/v1/submissions")
                            .file(new MockMultipartFile(
                                    "photo", "note.jpg", "image/jpeg", TestMedia.jpeg(64, 64, Color.GRAY)))
                            .param("text", "矩阵投稿：村里修好了路")
                            .param("orgUnitId", String.valueOf(ownUnit)))
                    .andExpect(status().isCreated()));
        }

        long rebuildSearch() throws Exception {
            return api.read(api.admin()
                            .post("/api/admin/v1/search/reindex", null)
                            .andExpect(status().isAccepted()))
                    .get("id")
                    .asLong();
        }

        Map<String, Object> receipts() {
            return Map.of(
                    "receipts",
                    List.of(Map.of(
                            "id",
                            MiniApi.unique("receipt"),
                            "contentId",
                            audio,
                            "startedAt",
                            OffsetDateTime.now().toString(),
                            "result",
                            "COMPLETED")));
        }
    }
}
