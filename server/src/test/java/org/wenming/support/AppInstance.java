package org.wenming.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenming.WenmingApplication;

/**
 * A full server instance on a random port, for tests of what several instances share (sessions, tokens,
 * caches). Instances use the test database and the given extra profiles and properties.
 */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static AppInstance start(List<String> extraProfiles, String... properties) {
        List<String> profiles = new ArrayList<>(List.of(new TestProfiles().resolve(AppInstance.class)));
        profiles.addAll(extraProfiles);
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WenmingApplication.class)
                .profiles(profiles.toArray(String[]::new))
                .run(args.toArray(String[]::new));
        return new AppInstance(context);
    }

    public String baseUrl() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
