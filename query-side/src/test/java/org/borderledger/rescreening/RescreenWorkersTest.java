package org.borderledger.rescreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.ListPublications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The tasks and the workers without the instance's own worker: two workers racing over one run take
 * each task once, and a consignment closed before its turn is left alone.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.rescreening.enabled=false")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@DirtiesContext // a configuration of its own, used by no other class: its connections go back at once
@Import(Commands.class)
class RescreenWorkersTest {

    static final int CONSIGNMENTS = 30;

    @Autowired
    Commands commands;
    @Autowired
    CommandGateway gateway;
    @Autowired
    RescreenTasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier(RescreeningConfiguration.WORKER_THREAD)
    TaskScheduler ticks;
    @Autowired
    ScreeningListVersions versions;

    @Test
    void twoWorkersRacingOverOneRunSendOneCommandPerConsignmentAndLeaveClosedOnesAlone() throws Exception {
        await().atMost(RescreeningIntegrationTest.RUN).untilAsserted(() -> assertThat(versions.publications()).isNotEmpty());
        List<String> open = new ArrayList<>();
        for (int i = 0; i < CONSIGNMENTS; i++) {
            open.add(declare(ListPublications.untouched(Lifecycles.unique("RS-RACE"))));
        }
        String cancelled = declare(ListPublications.untouched(Lifecycles.unique("RS-CANCEL")));
        int published = versions.publications().size();
        commands.send(ListPublications.withNewEntries("race"), ListPublications.ADMIN);
        await().atMost(RescreeningIntegrationTest.RUN).untilAsserted(() -> assertThat(versions.publications()).hasSize(published + 1));
        String version = versions.publications().get(published).version();
        await().untilAsserted(() -> assertThat(pending(version)).isEqualTo(CONSIGNMENTS + 1));

        commands.send(new CancelDeclarationCommand(cancelled, 1, "Declared twice"), Lifecycles.OFFICER);
        await().untilAsserted(() -> assertThat(state(version, cancelled)).isEqualTo("CLOSED"));

        RescreenWorker first = worker();
        RescreenWorker second = worker();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        try {
            List<Future<Integer>> claimed = threads.invokeAll(List.of(untilEmpty(first), untilEmpty(second)));
            assertThat(claimed.get(0).get() + claimed.get(1).get()).isEqualTo(CONSIGNMENTS);
        } finally {
            threads.shutdown();
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("Re-screening: %d consignments by 2 workers in %d ms (%.0f per second)%n", CONSIGNMENTS, millis,
                CONSIGNMENTS * 1000.0 / Math.max(1, millis));

        assertThat(first.commandsSent() + second.commandsSent()).as("commands sent by both workers").isEqualTo(CONSIGNMENTS);
        assertThat(pending(version)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rescreen_task WHERE list_version = ? AND state = 'DONE'",
                Integer.class, version)).isEqualTo(CONSIGNMENTS);
        for (String id : open) {
            assertThat(reScreenings(id, version)).as(id).isEqualTo(1);
        }
        assertThat(reScreenings(cancelled, version)).isZero();
    }

    /** A consignment screened against an older version than the last published (a lagging instance) is screened again. */
    @Test
    void aScreeningAgainstAnOlderVersionThanTheLastPublishedAsksForTheLast() {
        await().atMost(RescreeningIntegrationTest.RUN).untilAsserted(() -> assertThat(versions.publications()).isNotEmpty());
        String id = declare(ListPublications.untouched(Lifecycles.unique("RS-LAG")));
        await().untilAsserted(() -> assertThat(tasks.latestVersion()).isPresent());
        String latest = tasks.latestVersion().orElseThrow();
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM rescreen_consignment WHERE consignment_id = ?", Integer.class, id)).isOne());

        screenedByALaggingInstance(id, "2000.01.01-1");

        await().untilAsserted(() -> assertThat(jdbc.queryForList("SELECT state FROM rescreen_task WHERE list_version = ? AND consignment_id = ?",
                String.class, latest, id)).containsExactly("PENDING"));
        RescreenWorker worker = worker();
        while (worker.workOneBatch() > 0) {
            // until no task is left
        }
        assertThat(state(latest, id)).isEqualTo("DONE");
    }

    /** The consignment's last screening once more, as an instance that has not loaded the newer versions records it. */
    private void screenedByALaggingInstance(String id, String olderVersion) {
        DomainEventMessage<?> last = eventStore.readEvents(id, 0).asStream().reduce((first, second) -> second).orElseThrow();
        ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) last.getPayload();
        eventStore.publish(new GenericDomainEventMessage<>(last.getType(), id, last.getSequenceNumber() + 1,
                new ConsignmentScreenedEvent(id, screened.trigger(), olderVersion, screened.hits(), screened.screenedChannel(),
                        screened.randomlySelected(), screened.channel(), screened.channel(), screened.clearance(),
                        screened.status()), Lifecycles.OFFICER.asMetaData()));
    }

    private RescreenWorker worker() {
        return new RescreenWorker(tasks, gateway, jdbc, ticks,
                new RescreeningProperties(true, Duration.ofMillis(100), 4, 3, Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }

    private static Callable<Integer> untilEmpty(RescreenWorker worker) {
        return () -> {
            int claimed = 0;
            for (int batch = worker.workOneBatch(); batch > 0; batch = worker.workOneBatch()) {
                claimed += batch;
            }
            return claimed;
        };
    }

    private String declare(Declaration declaration) {
        String id = Lifecycles.unique("C");
        commands.send(new DeclareConsignmentCommand(id, declaration), Lifecycles.OFFICER);
        return id;
    }

    private int pending(String version) {
        return jdbc.queryForObject("SELECT count(*) FROM rescreen_task WHERE list_version = ? AND state = 'PENDING'",
                Integer.class, version);
    }

    private String state(String version, String consignmentId) {
        return jdbc.queryForObject("SELECT state FROM rescreen_task WHERE list_version = ? AND consignment_id = ?",
                String.class, version, consignmentId);
    }

    private long reScreenings(String consignmentId, String version) {
        return eventStore.readEvents(consignmentId, 0).asStream().map(event -> event.getPayload())
                .filter(ConsignmentScreenedEvent.class::isInstance).map(ConsignmentScreenedEvent.class::cast)
                .filter(s -> s.trigger() == ScreeningTrigger.LIST_PUBLISHED && s.listVersion().equals(version)).count();
    }
}
