package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Revision;
import org.borderledger.CommandSideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The command side end to end: commands through the CommandGateway, the aggregate, and Axon's JDBC
 * event store on the machine's PostgreSQL, read back with the actor and correlation id of each event.
 */
// A low snapshot threshold, so that the later commands of a lifecycle load the aggregate from a snapshot;
// without the consignment cache, which would serve them otherwise.
@SpringBootTest(classes = CommandSideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"borderledger.snapshot-threshold=3", "borderledger.aggregate-cache.enabled=false"})
@ContextConfiguration(initializers = FreshDatabase.class)
@Import(Commands.class)
class ConsignmentLifecycleIntegrationTest {


    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Commands commands;
    @Autowired
    Repository<Consignment> consignments;

    @Test
    void theConsignmentCacheIsSwitchedOffByItsProperty() {
        assertThat(consignments).isNotInstanceOf(CachingEventSourcingRepository.class);
    }

    @Test
    void aSanctionsHoldIsLiftedByASupervisorAndTheGoodsAreInspectedAndReleased() {
        String id = "CN-LIFE-1";
        commands.send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-LIFE-1")), OFFICER);
        Lifecycles.liftInspectAndRelease(commands, id);

        // From sequence 0: readEvents(id) alone would start from the latest snapshot.
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                ConsignmentDeclaredEvent.class.getSimpleName(), ConsignmentScreenedEvent.class.getSimpleName(),
                HoldPlacedEvent.class.getSimpleName(), HoldReviewedEvent.class.getSimpleName(),
                InspectionStartedEvent.class.getSimpleName(), FindingRecordedEvent.class.getSimpleName(),
                InspectionCompletedEvent.class.getSimpleName(), ConsignmentReleasedEvent.class.getSimpleName());
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(
                LongStream.range(0, 8).boxed().toArray(Long[]::new));
        assertThat(events.get(3).getMetaData()).containsEntry(Actor.USER_ID, "s.karimov")
                .containsEntry(Actor.ROLE, "SUPERVISOR").containsEntry(Actor.BORDER_POST, "Kurmangazy");
        assertThat(events).allSatisfy(e -> assertThat(e.getMetaData()).containsKeys(
                Actor.USER_ID, Actor.ROLE, Actor.BORDER_POST, Actor.BORDER_POSTS, "correlationId", "traceId"));
        assertThat(((ConsignmentReleasedEvent) events.get(7).getPayload()).status()).isEqualTo(ConsignmentStatus.RELEASED);
        assertThat(((HoldPlacedEvent) events.get(2).getPayload()).reason()).isEqualTo(HoldReason.SANCTIONS_MATCH);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Integer.class, id)).isPositive();

        // Stored as JSON in bytea with a revision, never XStream or Java serialisation.
        List<String> payloads = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE aggregateidentifier = ? ORDER BY sequencenumber""", String.class, id);
        assertThat(payloads).allSatisfy(json -> assertThat(json).startsWith("{"));
        assertThat(jdbc.queryForList("SELECT DISTINCT payloadrevision FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, id)).containsExactly("1");
    }

    /**
     * A snapshot keeps the aggregate's fields as they were when it was taken: one of an older revision of
     * the state lacks what a newer one keeps (the declaration's time for the re-export check, the transit
     * arrival), so it must not be used. Here the old snapshot also says something the events do not: were
     * it used, the goods would be released with their holds open.
     */
    @Test
    void aSnapshotOfAnotherRevisionOfTheStateIsPassedOverForTheEvents() {
        String id = "CN-SNAPSHOT-REVISION-1";
        commands.send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-SNAPSHOT-REVISION-1")), OFFICER);
        // Loading its three events for a command that changes nothing (screened against this version already) snapshots it.
        String listVersion = ((ConsignmentScreenedEvent) eventStore.readEvents(id, 0).asStream().toList().get(1).getPayload())
                .listVersion();
        commands.send(new RescreenConsignmentCommand(id, listVersion), Actor.SYSTEM);
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT payloadrevision FROM snapshotevententry WHERE aggregateidentifier = ?", String.class, id))
                .containsExactly(Consignment.class.getAnnotation(Revision.class).value()));

        jdbc.update("""
                UPDATE snapshotevententry SET payloadrevision = NULL, payload = convert_to(replace(replace(
                    convert_from(payload, 'UTF8'), '"status":"HELD"', '"status":"CLEARED"'), '"open":true', '"open":false'), 'UTF8')
                WHERE aggregateidentifier = ?""", id);

        assertThatThrownBy(() -> commands.send(new ReleaseConsignmentCommand(id, 2, null), OFFICER))
                .isInstanceOfSatisfying(ConsignmentRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(RejectionCode.HOLD_OPEN));
    }

    @Test
    void aCommandOnAnOutOfDatePageIsRefusedNamingWhoChangedTheConsignment() {
        String id = "CN-STALE-1";
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-STALE-1")), OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), SUPERVISOR);

        assertThatThrownBy(() -> commands.send(new ReleaseConsignmentCommand(id, 1, null), OFFICER))
                .isInstanceOfSatisfying(ConsignmentRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(RejectionCode.STALE_VERSION);
                    assertThat(e.getMessage()).contains("s.karimov").contains("placed hold H-1");
                    assertThat(e.details()).containsEntry("currentVersion", "2").containsEntry("changedBy", "s.karimov");
                });
        assertThat(eventStore.readEvents(id, 0).asStream().count()).isEqualTo(3);
    }

    @Test
    void twoDeclarationsRacingForOneReferenceStoreOnlyOne() throws Exception {
        Declaration declaration = Declarations.withReference("EX-RACE-1");
        List<Callable<String>> racers = List.of(
                () -> commands.send(new DeclareConsignmentCommand("CN-RACE-A", declaration), OFFICER),
                () -> commands.send(new DeclareConsignmentCommand("CN-RACE-B", declaration), OFFICER));

        List<Throwable> failures = race(racers);

        assertThat(failures).singleElement().isInstanceOfSatisfying(ConsignmentRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(RejectionCode.DUPLICATE_REFERENCE));
        assertThat(jdbc.queryForObject("""
                SELECT count(DISTINCT aggregateidentifier) FROM domainevententry
                WHERE aggregateidentifier IN ('CN-RACE-A', 'CN-RACE-B')""", Integer.class)).isEqualTo(1);
    }

    @Test
    void conflictingCommandsOnOneVersionLetExactlyOneWinAndTellTheOther() throws Exception {
        String id = "CN-CONFLICT-1";
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-CONFLICT-1")), OFFICER);

        List<Throwable> failures = race(List.of(
                () -> commands.send(new ReleaseConsignmentCommand(id, 1, null), OFFICER),
                () -> commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off"), SUPERVISOR)));

        assertThat(failures).singleElement().isInstanceOfSatisfying(ConsignmentRejectedException.class,
                e -> assertThat(e.code()).isIn(RejectionCode.STALE_VERSION, RejectionCode.TERMINAL_STATE));
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        assertThat(events).hasSize(3);
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
    }

    /** Starts all callables at once and returns the failures of those that failed. */
    private static List<Throwable> race(List<Callable<String>> racers) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> racer : racers) {
                results.add(pool.submit(() -> {
                    start.await();
                    return racer.call();
                }));
            }
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<String> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
