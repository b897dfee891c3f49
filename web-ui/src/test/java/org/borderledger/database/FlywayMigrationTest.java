package org.borderledger.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderledger.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations alone build the schema on an empty database, with bytea payloads and the event store's keys. */
class FlywayMigrationTest {

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            TestDatabases.createDatabase(), TestDatabases.USER, TestDatabases.PASSWORD);

    @Test
    void migrationsApplyToAnEmptyDatabase() {
        MigrateResult result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThan(0);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        assertThat(tables).contains("domainevententry", "snapshotevententry", "tokenentry", "declaration_reference",
                "spring_session", "spring_session_attributes", "scheduled_tasks");
        List<Map<String, Object>> byteaColumns = jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'bytea'""");
        assertThat(byteaColumns).extracting(c -> c.get("table_name") + "." + c.get("column_name"))
                .contains("domainevententry.payload", "domainevententry.metadata",
                        "snapshotevententry.payload", "tokenentry.token");
        assertThat(jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'domainevententry'", String.class))
                .anyMatch(index -> index.contains("UNIQUE") && index.contains("(aggregateidentifier, sequencenumber)"));
    }

    @Test
    void migratingTwiceChangesNothing() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();

        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
