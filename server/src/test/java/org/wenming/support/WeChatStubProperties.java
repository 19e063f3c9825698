package org.wenming.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Lets application-test.yml point WeChat at the stub with {@code ${wechat-stub.url}}: the property is resolved
 * (and the stub started) only when a context of the test JVM reads it, so every context of the suite — the
 * shared one and the extra instances of multi-instance tests — talks to the same stub without any per-class
 * configuration. Registered in META-INF/spring.factories of the test classpath.
 */
public class WeChatStubProperties implements EnvironmentPostProcessor {

    static final String URL = "wechat-stub.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new PropertySource<>("wechatStub", URL) {
            @Override
            public Object getProperty(String name) {
                return URL.equals(name) ? WeChatStub.url() : null;
            }
        });
    }
}
