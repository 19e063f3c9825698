package org.wenming.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
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
        SpringApplicationBuilder builder =
                new SpringApplicationBuilder(WenmingApplication.class).profiles(profiles.toArray(String[]::new));
        loggingSetUpOneAtATime(builder.application());
        return new AppInstance(builder.run(args.toArray(String[]::new)));
    }

    /**
     * Spring Boot sets Logback up again for each application it starts; two instances starting together
     * raced on that set-up. The logging listener of every instance runs under one lock, the rest of their
     * start-ups (the part under test) concurrently.
     */
    private static void loggingSetUpOneAtATime(SpringApplication application) {
        application.setListeners(application.getListeners().stream()
                .map(listener ->
                        listener instanceof LoggingApplicationListener logging ? new OneAtATime(logging) : listener)
                .toList());
    }

    private record OneAtATime(LoggingApplicationListener logging) implements GenericApplicationListener {

        private static final Object LOCK = new Object();

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return logging.supportsEventType(eventType);
        }

        @Override
        public boolean supportsSourceType(Class<?> sourceType) {
            return logging.supportsSourceType(sourceType);
        }

        @Override
        public int getOrder() {
            return logging.getOrder();
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            synchronized (LOCK) {
                logging.onApplicationEvent(event);
            }
        }
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
