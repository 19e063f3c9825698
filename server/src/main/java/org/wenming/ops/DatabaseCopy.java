package org.wenming.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Copies the embedded H2 database into an empty MySQL/MariaDB database, for
 * scripts/migrate-embedded-to-mysql.sh: Flyway first builds the target's schema at the source's version, then
 * every table's rows replace what the migrations put there, copied column by column (dates as local date-times, so no time zone shifts them),
 * then the row counts of both are printed ({@code rows <table> <source> <target>}) and must agree. Not a Spring
 * application; run from the server jar:
 * <pre>java -cp wenming-server.jar -Dloader.main=org.wenming.ops.DatabaseCopy \
 *   org.springframework.boot.loader.launch.PropertiesLauncher &lt;h2-url&gt; &lt;target-url&gt; &lt;user&gt; &lt;password&gt;</pre>
 */
public final class DatabaseCopy {

    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    private DatabaseCopy() {}

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: DatabaseCopy <h2-url> <target-url> <user> [password]");
            System.exit(2);
        }
        String password = args.length > 3 ? args[3] : "";
        try (Connection source = DriverManager.getConnection(args[0], "sa", "");
                Connection target = DriverManager.getConnection(args[1], args[2], password)) {
            int mismatches = copy(source, target, args[1], args[2], password);
            if (mismatches > 0) {
                System.err.println(mismatches + " tables differ");
                System.exit(1);
            }
        }
    }

    static int copy(Connection source, Connection target, String targetUrl, String user, String password)
            throws SQLException {
        String version = sourceVersion(source);
        List<String> existing = tables(target);
        if (!existing.isEmpty()) {
            throw new IllegalStateException("the target database is not empty: " + existing);
        }
        System.out.println("schema: Flyway migrates the target to version " + version);
        Flyway.configure()
                .dataSource(targetUrl, user, password)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version))
                .load()
                .migrate();

        try (Statement statement = target.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
        target.setAutoCommit(false);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String table : tables(target)) {
            if (table.equalsIgnoreCase(HISTORY)) {
                continue;
            }
            long copied = copyTable(source, target, table);
            target.commit();
            counts.put(table, new long[] {count(source, table), copied});
        }
        target.setAutoCommit(true);
        try (Statement statement = target.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        int mismatches = 0;
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long inTarget = count(target, entry.getKey());
            System.out.println("rows " + entry.getKey() + " " + entry.getValue()[0] + " " + inTarget);
            if (inTarget != entry.getValue()[0]) {
                mismatches++;
            }
        }
        return mismatches;
    }

    private static String sourceVersion(Connection source) throws SQLException {
        String version = null;
        try (Statement statement = source.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                String candidate = rs.getString(1);
                if (version == null || MigrationVersion.fromVersion(candidate).isNewerThan(version)) {
                    version = candidate;
                }
            }
        }
        if (version == null) {
            throw new IllegalStateException("the source has no Flyway history: is it a Wenming database?");
        }
        return version;
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (ResultSet rs = target.getMetaData().getColumns(target.getCatalog(), null, table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                types.add(rs.getInt("DATA_TYPE"));
            }
        }
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        // Some migrations insert rows (the built-in festivals): the source's rows replace them.
        try (Statement clear = target.createStatement()) {
            clear.executeUpdate("DELETE FROM " + table);
        }
        long copied = 0;
        try (Statement read = source.createStatement();
                ResultSet rows = read.executeQuery("SELECT " + quoted(columns) + " FROM \"" + table + "\"");
                PreparedStatement write = target.prepareStatement(insert)) {
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    write.setObject(i + 1, value(rows, i + 1, types.get(i)));
                }
                write.addBatch();
                if (++copied % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return copied;
    }

    private static Object value(ResultSet rows, int index, int targetType) throws SQLException {
        Object value = switch (targetType) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(index, LocalDateTime.class);
            case Types.DATE -> rows.getObject(index, LocalDate.class);
            case Types.TIME -> rows.getObject(index, LocalTime.class);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> rows.getBytes(index);
            case Types.BIT, Types.BOOLEAN, Types.TINYINT -> {
                Object raw = rows.getObject(index);
                yield raw instanceof Boolean b ? (b ? 1 : 0) : raw;
            }
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR -> rows.getString(index);
            default -> rows.getObject(index);
        };
        return rows.wasNull() ? null : value;
    }

    private static String quoted(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
    }

    private static long count(Connection connection, String table) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + (h2 ? "\"" + table + "\"" : table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return tables;
    }
}
