package org.borderledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a test context a fresh, empty database of its own on the machine's PostgreSQL
 * (127.0.0.1:5432, reached through the {@code test} database; override with
 * BORDERLEDGER_TEST_DB_URL). The database is dropped when the JVM exits, so test runs never see
 * each other's events.
 */
public class MachinePostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_URL = System.getenv().getOrDefault(
            "BORDERLEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("BORDERLEDGER_TEST_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("BORDERLEDGER_TEST_DB_PASSWORD", "");

    private static final Path CHECKPOINT_KEY = temporaryFolder().resolve("checkpoint-signing-key.pem");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // The context is closed before its database is dropped: otherwise its processors and listeners retry
        // against a dropped database while Spring closes it, and the test JVM is killed after 30 s.
        TestPropertyValues.of(
                "spring.datasource.url=" + createDatabase(context::close),
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD,
                // Test contexts stay cached for the whole run: each keeps one idle connection instead of its pool's
                // ten, so that the machine's PostgreSQL (100 connections) serves every context of the run.
                "spring.datasource.hikari.minimum-idle=1",
                "spring.datasource.hikari.idle-timeout=10000",
                // An external database is a real deployment unless told otherwise: tests sign in as the demo users.
                "borderledger.security.allow-demo-users=true",
                // Checkpoints are signed with a key of the test run's own, never one under the working folder; the
                // ledger is sealed when a test asks for a checkpoint, not every few seconds behind every test.
                "borderledger.checkpoints.key-file=" + CHECKPOINT_KEY,
                "borderledger.checkpoints.periodic=false").applyTo(context);
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("borderledger-test-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the tests' checkpoint key", e);
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase() {
        return createDatabase(() -> { });
    }

    /** Creates an empty database, dropped at exit once {@code beforeDrop} has run, and returns its JDBC URL. */
    private static String createDatabase(Runnable beforeDrop) {
        String name = "bl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            beforeDrop.run();
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests at " + ADMIN_URL + " refused: " + sql
                    + " (is it running? see README, Troubleshooting)", e);
        }
    }
}
