package org.borderledger.rescreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.support.Commands;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.ListPublications;
import org.borderledger.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * The re-screening survives a restart: an instance stops in the middle of a run (some tasks done, one
 * claimed by a worker that never finished it, the rest pending) and a new instance on the same
 * database finishes the run, the abandoned task once its claim has lapsed.
 */
class RescreeningAcrossARestartTest {

    static final int CONSIGNMENTS = 6;

    private final String database = TestDatabases.createDatabase();
    @TempDir
    Path keys;

    @Test
    void aNewInstanceFinishesTheRunThatTheStoppedOneLeftPendingOrClaimed() {
        List<String> open = new ArrayList<>();
        String version;
        try (ConfigurableApplicationContext first = start(false)) {
            ScreeningListVersions versions = first.getBean(ScreeningListVersions.class);
            Commands commands = new Commands(first.getBean(CommandGateway.class));
            await().atMost(RescreeningIntegrationTest.RUN).untilAsserted(() -> assertThat(versions.publications()).isNotEmpty());
            for (int i = 0; i < CONSIGNMENTS; i++) {
                String id = Lifecycles.unique("C");
                commands.send(new DeclareConsignmentCommand(id, ListPublications.untouched(Lifecycles.unique("RS-RESTART"))),
                        Lifecycles.OFFICER);
                open.add(id);
            }
            int published = versions.publications().size();
            commands.send(ListPublications.withNewEntries("restart"), ListPublications.ADMIN);
            await().atMost(RescreeningIntegrationTest.RUN).untilAsserted(() -> assertThat(versions.publications()).hasSize(published + 1));
            version = versions.publications().get(published).version();
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            String run = version;
            await().untilAsserted(() -> assertThat(count(jdbc, run, "PENDING")).isEqualTo(CONSIGNMENTS));

            // Two tasks done by a worker, one claimed by a worker that dies with its instance (a short claim).
            RescreenTasks tasks = first.getBean(RescreenTasks.class);
            RescreenWorker worker = new RescreenWorker(tasks, first.getBean(CommandGateway.class), jdbc,
                    first.getBean(RescreeningConfiguration.WORKER_THREAD, TaskScheduler.class),
                    new RescreeningProperties(true, Duration.ofMillis(100), 2, 3, Duration.ofSeconds(1), Duration.ofSeconds(60)));
            assertThat(worker.workOneBatch()).isEqualTo(2);
            assertThat(tasks.claim("worker-that-dies", 1, Duration.ofSeconds(2))).hasSize(1);
            assertThat(count(jdbc, version, "DONE")).isEqualTo(2);
            assertThat(count(jdbc, version, "PENDING")).isEqualTo(CONSIGNMENTS - 2);
        }

        try (ConfigurableApplicationContext second = start(true)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(RescreeningIntegrationTest.RUN).untilAsserted(() -> {
                assertThat(count(jdbc, version, "PENDING")).isZero();
                assertThat(count(jdbc, version, "DONE")).isEqualTo(CONSIGNMENTS);
            });
            EventStore events = second.getBean(EventStore.class);
            for (String id : open) {
                assertThat(events.readEvents(id, 0).asStream().map(event -> event.getPayload())
                        .filter(ConsignmentScreenedEvent.class::isInstance).map(ConsignmentScreenedEvent.class::cast)
                        .filter(screened -> screened.trigger() == ScreeningTrigger.LIST_PUBLISHED)
                        .map(ConsignmentScreenedEvent::listVersion)).as(id + " re-screened once").containsExactly(version);
            }
        }
    }

    private ConfigurableApplicationContext start(boolean worker) {
        return new SpringApplicationBuilder(QuerySideTestApplication.class).web(WebApplicationType.NONE).run(
                // The modules' settings, imported as the console imports them.
                "--spring.config.import=classpath:module-settings/command-side.yml,classpath:module-settings/query-side.yml",
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + TestDatabases.USER,
                "--spring.datasource.password=" + TestDatabases.PASSWORD,
                "--borderledger.checkpoints.key-file=" + keys.resolve("checkpoint-signing-key.pem"),
                "--borderledger.checkpoints.periodic=false",
                "--borderledger.rescreening.enabled=" + worker, "--borderledger.rescreening.poll-interval=200ms");
    }

    private static int count(JdbcTemplate jdbc, String version, String state) {
        return jdbc.queryForObject("SELECT count(*) FROM rescreen_task WHERE list_version = ? AND state = ?",
                Integer.class, version, state);
    }
}
