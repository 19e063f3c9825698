package org.wenming.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Drives the mini-program API as a phone does: wx.login's code against the WeChat stub, then the bearer token.
 * Every resident gets a code (so an openid) and a client address of their own, so rate limits and stubs of
 * one test never touch another's.
 */
@TestComponent
public class MiniApi {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final ObjectMapper json;

    public MiniApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A unique suffix for codes, openids and addresses. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** A fresh client address in 10.0.0.0/8. */
    public static String newIp() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public Resident login() {
        return login(unique("code"), newIp());
    }

    public Resident login(String code, String ip) {
        JsonNode body;
        try {
            body = read(perform(post("/api/mini/v1/auth/login", Map.of("code", code)), ip, null)
                    .andExpect(status().isOk()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Resident(
                body.get("token").asText(),
                "openid-" + code,
                body.at("/resident/id").asLong(),
                ip);
    }

    public ResultActions anonymous(MockHttpServletRequestBuilder request, String ip) {
        return perform(request, ip, null);
    }

    public JsonNode read(ResultActions result) {
        try {
            String body = result.andReturn().getResponse().getContentAsString();
            return body.isEmpty() ? json.nullNode() : json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public MockHttpServletRequestBuilder post(String url, Object body, Object... vars) {
        return withBody(MockMvcRequestBuilders.post(url, vars), body);
    }

    public MockHttpServletRequestBuilder put(String url, Object body, Object... vars) {
        return withBody(MockMvcRequestBuilders.put(url, vars), body);
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

    private ResultActions perform(MockHttpServletRequestBuilder request, String ip, String token) {
        request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        try {
            return mvc.perform(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed-in resident; requests carry their token and address. */
    public final class Resident {
        private final String token;
        private final String openid;
        private final long id;
        private final String ip;

        Resident(String token, String openid, long id, String ip) {
            this.token = token;
            this.openid = openid;
            this.id = id;
            this.ip = ip;
        }

        public String token() {
            return token;
        }

        public String openid() {
            return openid;
        }

        public long id() {
            return id;
        }

        public String ip() {
            return ip;
        }

        public ResultActions perform(MockHttpServletRequestBuilder request) {
            return MiniApi.this.perform(request, ip, token);
        }

        public ResultActions get(String url, Object... vars) {
            return perform(MockMvcRequestBuilders.get(url, vars));
        }

        public ResultActions post(String url, Object body, Object... vars) {
            return perform(MiniApi.this.post(url, body, vars));
        }

        public ResultActions put(String url, Object body, Object... vars) {
            return perform(MiniApi.this.put(url, body, vars));
        }

        public ResultActions delete(String url, Object... vars) {
            return perform(MockMvcRequestBuilders.delete(url, vars));
        }
    }
}
