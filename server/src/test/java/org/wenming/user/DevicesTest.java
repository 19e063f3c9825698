package org.wenming.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevicesTest {

    @Test
    void namesTheBrowserAndSystemOfCommonAgents() {
        assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Safari/537.36"))
                .isEqualTo("Chrome 浏览器 · Windows");
        assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo("Edge 浏览器 · Windows");
        assertThat(Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50"))
                .isEqualTo("微信内置浏览器 · iPhone");
        assertThat(Devices.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome 浏览器 · 安卓");
        assertThat(Devices.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Version/17.5 Safari/605.1.15"))
                .isEqualTo("Safari 浏览器 · macOS");
    }

    @Test
    void anUnknownOrMissingAgentIsSaidToBeUnknown() {
        assertThat(Devices.describe(null)).isEqualTo("未知浏览器 · 未知系统");
        assertThat(Devices.describe("curl/8.5.0")).isEqualTo("未知浏览器 · 未知系统");
    }
}
