package org.wenming.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.mock.web.MockHttpServletResponse;

/** The fast lane's answers must be the controller's: same status, headers and bytes. */
public final class SameAnswer {

    private SameAnswer() {}

    public static void assertSameAnswer(MockHttpServletResponse fast, MockHttpServletResponse viaMvc, String what) {
        assertThat(fast.getStatus()).as(what).isEqualTo(viaMvc.getStatus());
        assertThat(headers(fast)).as(what).isEqualTo(headers(viaMvc));
        assertThat(fast.getContentAsByteArray()).as(what).isEqualTo(viaMvc.getContentAsByteArray());
    }

    private static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
        return headers;
    }
}
