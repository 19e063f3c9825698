package org.wenming.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.common.security.Role;
import org.wenming.org.OrgUnitService;

/** Drives the admin API as real administrators do: sign in, keep the session, send the CSRF token. */
@TestComponent
public class AdminApi {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String USER_PASSWORD = "password-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final OrgUnitService units;

    public AdminApi(MockMvc mvc, ObjectMapper json, OrgUnitService units) {
        this.mvc = mvc;
        this.json = json;
        this.units = units;
    }

    public long unitId(String code) {
        return units.findByCode(code).orElseThrow().getId();
    }

    public Session admin() {
        return login("admin", ADMIN_PASSWORD);
    }

    public Session login(String username, String password) {
        try {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/admin/v1/auth/login")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("username", username, "password", password))))
                    .andExpect(status().isOk())
                    .andReturn();
            JsonNode user = json.readTree(result.getResponse().getContentAsString());
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            return new Session(user.get("id").asLong(), username, session);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new account at the unit with these roles, created by the administrator, already signed in. */
    public Session newUser(String unitCode, Role... roles) {
        String username = "u" + SEQUENCE.incrementAndGet() + "-" + unitCode;
        Map<String, Object> body = Map.of(
                "username",
                username,
                "displayName",
                "测试用户" + username,
                "orgUnitId",
                unitId(unitCode),
                "roles",
                Arrays.stream(roles).map(Role::name).toList(),
                "password",
                USER_PASSWORD);
        read(admin().post("/api/admin/v1/users", body));
        return login(username, USER_PASSWORD);
    }

    /** A new editor and a new reviewer of the unit: the two people every publication needs. */
    public Desk desk(String unitCode) {
        return new Desk(unitId(unitCode), newUser(unitCode, Role.EDITOR), newUser(unitCode, Role.REVIEWER));
    }

    public JsonNode read(ResultActions result) {
        try {
            String body = result.andReturn().getResponse().getContentAsString();
            return body.isEmpty() ? json.nullNode() : json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An editor and a reviewer of one unit, taking items through one review level as an office does. */
    public record Desk(long unitId, Session editor, Session reviewer) {

        /** Created by the editor, submitted, and approved by the reviewer. */
        public long approved(Map<String, Object> fields) {
            long id = editor.create(fields);
            expectOk(editor.action(id, "submit"));
            expectOk(reviewer.action(id, "approve"));
            return id;
        }

        /** Approved, then published at once by the reviewer. */
        public long published(Map<String, Object> fields) {
            long id = approved(fields);
            expectOk(reviewer.action(id, "publish"));
            return id;
        }

        private static void expectOk(ResultActions result) {
            try {
                result.andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A signed-in administrator. */
    public final class Session {
        private final long userId;
        private final String username;
        private final MockHttpSession http;

        Session(long userId, String username, MockHttpSession http) {
            this.userId = userId;
            this.username = username;
            this.http = http;
        }

        public long userId() {
            return userId;
        }

        public String username() {
            return username;
        }

        public MockHttpSession http() {
            return http;
        }

        public ResultActions get(String url, Object... vars) {
            return perform(MockMvcRequestBuilders.get(url, vars));
        }

        public ResultActions post(String url, Object body, Object... vars) {
            return perform(withBody(MockMvcRequestBuilders.post(url, vars), body));
        }

        public ResultActions put(String url, Object body, Object... vars) {
            return perform(withBody(MockMvcRequestBuilders.put(url, vars), body));
        }

        public ResultActions delete(String url, Object... vars) {
            return perform(MockMvcRequestBuilders.delete(url, vars));
        }

        /** Uploads a file to {@code /api/admin/v1/media/{use}} (audio or image) as a browser form would. */
        public ResultActions upload(String use, String filename, String contentType, byte[] data) {
            return perform(MockMvcRequestBuilders.multipart("/api/admin/v1/media/{use}", use)
                    .file(new MockMultipartFile("file", filename, contentType, data)));
        }

        /** Uploads and returns the media key. */
        public String uploadKey(String use, String filename, byte[] data) {
            try {
                return read(upload(use, filename, "application/octet-stream", data)
                                .andExpect(status().isCreated()))
                        .get("key")
                        .asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Creates an item and returns its id. */
        public long create(Map<String, Object> fields) {
            try {
                return read(post("/api/admin/v1/contents", fields).andExpect(status().isCreated()))
                        .get("id")
                        .asLong();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public JsonNode content(long id) {
            return read(get("/api/admin/v1/contents/{id}", id));
        }

        public ResultActions action(long id, String action) {
            return post("/api/admin/v1/contents/{id}/" + action, null, id);
        }

        private MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, Object body) {
            if (body == null) {
                return request;
            }
            try {
                return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public ResultActions perform(MockHttpServletRequestBuilder request) {
            try {
                return mvc.perform(request.session(http).with(csrf()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get(field).asText())
                .toList();
    }
}
