package org.wenming.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;
import org.wenming.common.config.WenmingProperties;

/**
 * {@code POST /actuator/backup} (loopback only, see {@link ActuatorSecurityConfig}): H2's online backup
 * ({@code BACKUP TO}) of the embedded database into {@code <data-dir>/backups/db-<time>.zip}, taken while
 * the server runs. scripts/backup.sh calls it; the MySQL/MariaDB profile uses mariadb-dump instead.
 */
@Component
@Endpoint(id = "backup")
class EmbeddedBackupEndpoint {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final DataSource dataSource;
    private final WenmingProperties properties;
    private final Clock clock;

    EmbeddedBackupEndpoint(DataSource dataSource, WenmingProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    @WriteOperation
    public Map<String, Object> backup() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                return Map.of(
                        "error", "online backup here is for the embedded H2 database; use mariadb-dump for " + product);
            }
            Path folder =
                    Path.of(properties.dataDir(), "backups").toAbsolutePath().normalize();
            Files.createDirectories(folder);
            Path file = folder.resolve("db-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            return Map.of("file", file.toString(), "sizeBytes", Files.size(file));
        } catch (SQLException e) {
            throw new IllegalStateException("H2 backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
