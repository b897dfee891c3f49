package org.borderledger.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server in which the tests create their throwaway databases, one per test context.
 *
 * <p>The selection rule: when {@value #URL_VARIABLE} is set (as an environment variable, or as the system
 * property {@code borderledger.test-db.url}, which wins), it is that server, reached through the database the
 * URL names as {@code BORDERLEDGER_TEST_DB_USER} (default {@code postgres}) with
 * {@code BORDERLEDGER_TEST_DB_PASSWORD} (default empty), e.g. the machine's
 * {@code jdbc:postgresql://127.0.0.1:5432/test}. Otherwise it is one embedded PostgreSQL for the whole test
 * JVM, started on first use, so that {@code ./mvnw verify} needs nothing but Java.
 *
 * <p>When the JVM exits, each database's test context is closed first (its processors and listeners would
 * otherwise retry against a database that is gone, and the JVM be killed after 30 s), then the database is
 * dropped, then the embedded server stopped: one shutdown hook, so in that order.
 */
public final class TestDatabases {

    public static final String URL_VARIABLE = "BORDERLEDGER_TEST_DB_URL";

    /**
     * Every context a test module's run keeps cached holds a few connections: the embedded server allows
     * far more than PostgreSQL's default 100.
     */
    private static final int EMBEDDED_MAX_CONNECTIONS = 400;

    private static final String CONFIGURED_URL = setting("url", URL_VARIABLE, null);
    public static final String USER = CONFIGURED_URL == null ? "postgres" : setting("user", "BORDERLEDGER_TEST_DB_USER", "postgres");
    public static final String PASSWORD = CONFIGURED_URL == null ? "" : setting("password", "BORDERLEDGER_TEST_DB_PASSWORD", "");

    private static final List<Runnable> BEFORE_EXIT = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::cleanUp, "test-databases-clean-up"));
    }

    private TestDatabases() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase() {
        return createDatabase(() -> { });
    }

    /**
     * Creates an empty database and returns its JDBC URL. At exit {@code beforeDrop} runs, and then the database
     * is dropped from a configured server (the embedded one goes as a whole).
     */
    public static String createDatabase(Runnable beforeDrop) {
        String adminUrl = adminUrl();
        String name = "bl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(adminUrl, "CREATE DATABASE " + name);
        synchronized (BEFORE_EXIT) {
            BEFORE_EXIT.add(beforeDrop);
            if (CONFIGURED_URL != null) {
                BEFORE_EXIT.add(() -> execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
            }
        }
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    /** Where databases are created: the configured server's URL, or the embedded one's {@code postgres} database. */
    private static String adminUrl() {
        return CONFIGURED_URL != null ? CONFIGURED_URL : Embedded.SERVER.getJdbcUrl("postgres", "postgres");
    }

    /** The embedded server, started when first asked for (the holder class is loaded then). */
    private static final class Embedded {

        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", Integer.toString(EMBEDDED_MAX_CONNECTIONS))
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests (or set "
                        + URL_VARIABLE + " to use a running PostgreSQL; docs/testing.md)", e);
            }
        }
    }

    private static void cleanUp() {
        List<Runnable> actions;
        synchronized (BEFORE_EXIT) {
            actions = List.copyOf(BEFORE_EXIT);
        }
        actions.forEach(TestDatabases::tryTo);
        // Without a configured server, a database created means the embedded server was started.
        if (CONFIGURED_URL == null && !actions.isEmpty()) {
            tryTo(() -> {
                try {
                    Embedded.SERVER.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** At exit one failure must not keep the other databases from being dropped. */
    private static void tryTo(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("Test database clean-up: " + e);
        }
    }

    private static void execute(String adminUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests at " + adminUrl + " refused: " + sql
                    + " (is it running? see docs/testing.md)", e);
        }
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty("borderledger.test-db." + property, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value;
    }
}
