package org.wenming.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The one rule of the public address: configured, else the request's own address, else this host's port. */
class PublicBaseUrlTest {

    private final MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8181");

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        servingRequestTo("10.0.0.7", 9000);

        assertThat(base("https://wenming.example.cn/")).isEqualTo("https://wenming.example.cn");
    }

    @Test
    void unsetItIsTheAddressTheRequestCameTo() {
        servingRequestTo("10.0.0.7", 9000);

        assertThat(base("")).isEqualTo("http://10.0.0.7:9000");
    }

    @Test
    void unsetAndWithoutARequestItIsThisHostOnTheBoundPort() {
        assertThat(base(null)).isEqualTo("http://localhost:8181");

        environment.setProperty("local.server.port", "41234");
        assertThat(base(null)).isEqualTo("http://localhost:41234");
    }

    private String base(String configured) {
        WenmingProperties properties = new WenmingProperties(null, null, null, null, null, null, null, configured);
        return new PublicBaseUrl(properties, environment).get();
    }

    private static void servingRequestTo(String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
