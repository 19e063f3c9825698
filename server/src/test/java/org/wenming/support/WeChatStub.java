package org.wenming.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ClasspathFileSource;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;

/**
 * One WireMock server per test JVM that stands in for api.weixin.qq.com, on a free port, stopped when the JVM
 * exits. Its standing answers are the mappings under {@code wechat-stub/} (shared with
 * scripts/mini-walkthrough.sh): access tokens, code2session where the code decides the outcome
 * ({@code invalid-…} 40029, {@code limited-…} 45011, {@code busy-…} -1, {@code union-…} with a unionid, else
 * openid {@code openid-<code>}), msgSecCheck where markers decide ({@code [risky]}, {@code [review]},
 * {@code [87014]}), mediaCheckAsync, getwxacodeunlimit (a PNG) and subscribe sends. Tests add stubs of higher
 * priority for their own cases, keyed by unique codes or openids so they never meet another test's requests.
 */
public final class WeChatStub {

    public static final String APPID = "wx-test-app";
    public static final String TOKEN = "test-push-token";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private static WireMockServer server;

    private WeChatStub() {}

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options()
                    .dynamicPort()
                    .bindAddress("127.0.0.1")
                    .fileSource(new ClasspathFileSource("wechat-stub"))
                    .notifier(new ConsoleNotifier(false)));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String url() {
        return "http://127.0.0.1:" + server().port();
    }
}
