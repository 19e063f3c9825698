package org.wenming.ops;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;

/**
 * Says, once the server is ready, where the admin console is and how to sign in, and how long the start took:
 * the context (Spring's refresh, Flyway and the bean phases within it), then ready (start-up tasks included),
 * both counted from the JVM's start, as scripts/bench/startup.sh reads them.
 */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    private final WenmingProperties properties;

    StartupNotice(WenmingProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void started(ApplicationStartedEvent event) {
        log.info(
                "Start-up phase context: {} ms (JVM up {} ms)",
                event.getTimeTaken().toMillis(),
                jvmUptime());
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        log.info(
                "Start-up phase ready: {} ms (JVM up {} ms)",
                event.getTimeTaken().toMillis(),
                jvmUptime());
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer().getPort() <= 0) {
            return;
        }
        String password = properties.admin().initialPassword() == null
                        || properties.admin().initialPassword().isBlank()
                ? "the generated password logged at the first start"
                : "WENMING_ADMIN_PASSWORD";
        log.info(
                "Admin console: http://localhost:{}/admin/ (管理后台) - sign in as '{}' with {}",
                web.getWebServer().getPort(),
                properties.admin().username(),
                password);
    }

    private static long jvmUptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
