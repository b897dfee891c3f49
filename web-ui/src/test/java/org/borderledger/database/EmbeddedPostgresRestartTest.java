package org.borderledger.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.BorderLedgerApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default, as the README's run command uses it: no datasource configured, a real
 * PostgreSQL started by the application on a data directory that outlives it. These machines and
 * CI run as root, so passing here also proves that the embedded server starts as root.
 */
class EmbeddedPostgresRestartTest {

    private static final Actor OFFICER = new Actor("a.nurlanov", Role.OFFICER, "Kurmangazy");

    @TempDir
    Path dataDirectory;

    @Test
    void keepsEveryEventAcrossARestartOnTheSameDataDirectory() {
        String consignmentId = "CN-RESTART-1";
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage
                    .asCommandMessage(new DeclareConsignmentCommand(consignmentId, Declarations.valid()))
                    .andMetaData(OFFICER.asMetaData()));
        }

        try (ConfigurableApplicationContext app = start()) {
            List<? extends DomainEventMessage<?>> events =
                    app.getBean(EventStore.class).readEvents(consignmentId, 0).asStream().toList();

            assertThat(events).isNotEmpty();
            assertThat(events.get(0).getPayload()).isInstanceOf(ConsignmentDeclaredEvent.class);
            assertThat(events.get(0).getMetaData()).containsEntry(Actor.USER_ID, "a.nurlanov")
                    .containsEntry(Actor.ROLE, "OFFICER").containsEntry(Actor.BORDER_POST, "Kurmangazy")
                    .containsKey("correlationId");
        }
    }

    @Test
    void everyConnectionGivesThePasswordKeptBesideTheDataOnlyItsOwnerMayRead() throws Exception {
        Path postgres = dataDirectory.resolve("postgres");
        Path passwordFile = dataDirectory.resolve("postgres.password");
        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext app = start()) {
                String url = app.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
                String password = Files.readString(passwordFile).strip();

                assertThat(password).matches("[0-9a-f]{64}");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
                assertThat(postgres.resolve("postgres.password")).doesNotExist();
                // The library created the server trusting every local connection; no longer.
                assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password").close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
                try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
                    assertThat(connection.isValid(1)).isTrue();
                }
            }
        }
    }

    @Test
    void waitsForEveryCommitToReachTheDiskUnlikeZonkysTestDefaults() {
        try (ConfigurableApplicationContext app = start()) {
            Map<String, Object> settings = app.getBean(JdbcTemplate.class).queryForList(
                    "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")
                    .stream().collect(Collectors.toMap(row -> (String) row.get("name"), row -> row.get("setting")));

            assertThat(settings).containsOnly(
                    entry("fsync", "on"), entry("synchronous_commit", "on"), entry("full_page_writes", "on"));
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectoryWithAClearMessage() {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.isRunning()).isTrue();

            assertThatThrownBy(this::start)
                    .hasStackTraceContaining("Another BorderLedger instance is probably using it")
                    .hasStackTraceContaining(dataDirectory.resolve("postgres").toAbsolutePath().toString());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BorderLedgerApplication.class).run(
                "--server.port=0", "--borderledger.embedded-db.data-directory=" + dataDirectory.resolve("postgres"),
                // Beside the database's files, as ./data holds both in the embedded default; never under the working folder.
                "--borderledger.checkpoints.key-file=" + dataDirectory.resolve("checkpoint-signing-key.pem"));
    }
}
