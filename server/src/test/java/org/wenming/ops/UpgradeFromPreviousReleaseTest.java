package org.wenming.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.wenming.support.AppInstance;
import org.wenming.support.TestProfiles;

/**
 * An upgrade of a real database: the schema of the previous release (migrations up to {@link #PREVIOUS}) with
 * that release's data in it (db/upgrade/V40__release-data.sql) is migrated to the newest version by Flyway
 * as the server does on start; every row is still there, and the server started on it answers residents with
 * the old content. On H2 by default, on MariaDB under {@code -Pmariadb} (a database of its own, dropped after).
 * When a release is cut, add its data file and move {@link #PREVIOUS}.
 */
class UpgradeFromPreviousReleaseTest {

    static final String PREVIOUS = "40";

    @Test
    void migratesThePreviousReleasesDatabaseWithItsData() throws Exception {
        Database database = Database.fresh();
        try {
            Flyway previous = flyway(database, MigrationVersion.fromVersion(PREVIOUS));
            previous.migrate();
            assertThat(previous.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion(PREVIOUS));
            try (Connection connection = database.connect()) {
                ScriptUtils.executeSqlScript(
                        connection, new ClassPathResource("db/upgrade/V" + PREVIOUS + "__release-data.sql"));
            }
            Map<String, Long> before = rowCounts(database);
            assertThat(before).containsEntry("content", 1L).containsEntry("play_receipt", 1L);

            Flyway latest = flyway(database, MigrationVersion.LATEST);
            int applied = latest.migrate().migrationsExecuted;
            assertThat(applied).isPositive();
            assertThat(latest.info().pending()).isEmpty();

            Map<String, Long> after = rowCounts(database);
            before.forEach((table, rows) -> assertThat(after).containsEntry(table, rows));

            try (AppInstance app = AppInstance.start(
                    List.of(),
                    "spring.datasource.url=" + database.url,
                    "spring.datasource.username=" + database.user,
                    "spring.datasource.password=" + database.password,
                    "wenming.content-pack.import-on-start=false")) {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> detail = http.send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/mini/v1/contents/9001"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(detail.statusCode()).isEqualTo(200);
                assertThat(detail.body()).contains("升级前发布的金句").contains("幸福都是奋斗出来的");
                HttpResponse<String> stats = http.send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/mini/v1/contents/9001/stats"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(stats.statusCode()).isEqualTo(200);
                assertThat(stats.body()).contains("\"favourites\":1").contains("\"views\":7");
            }
        } finally {
            database.drop();
        }
    }

    private static Flyway flyway(Database database, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(new DriverManagerDataSource(database.url, database.user, database.password))
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    private static Map<String, Long> rowCounts(Database database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs =
                    connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("information_schema")) {
                        tables.add(rs.getString("TABLE_NAME").toLowerCase());
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    if (table.startsWith("flyway_")) {
                        continue;
                    }
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** A database of its own: H2 in memory, or a new schema on the MariaDB server of WENMING_DB_URL. */
    private record Database(String url, String user, String password, String adminUrl, String name) {

        static Database fresh() throws SQLException {
            if (!TestProfiles.usesMariaDb()) {
                String url = "jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
                return new Database(url, "sa", "", null, null);
            }
            String base = System.getenv().getOrDefault("WENMING_DB_URL", "jdbc:mariadb://127.0.0.1:3306/wenming_test");
            String user = System.getenv().getOrDefault("WENMING_DB_USER", "root");
            String password = System.getenv().getOrDefault("WENMING_DB_PASSWORD", "");
            String server = base.substring(0, base.lastIndexOf('/') + 1);
            String name = "wenming_upgrade_" + Long.toHexString(System.nanoTime());
            try (Connection connection = DriverManager.getConnection(server, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return new Database(server + name, user, password, server, name);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void drop() throws SQLException {
            if (name == null) {
                try (Connection connection = connect();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
                return;
            }
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }
}
