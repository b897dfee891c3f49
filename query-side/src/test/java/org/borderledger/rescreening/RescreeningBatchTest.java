package org.borderledger.rescreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The re-screening process handling whole batches, as its processor hands them over: in one
 * transaction, its writes queued and run at commit. The events are made here and never stored, so
 * the processor of the context does not see them; no worker runs.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.rescreening.enabled=false")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@DirtiesContext // a configuration of its own, used by no other class: its connections go back at once
class RescreeningBatchTest {

    static final String REGISTER = "TEST-REGISTER";
    static final AtomicLong publications = new AtomicLong(100);

    @Autowired
    RescreeningProcess process;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    /** The version in force: the register's first publication, which the context's own processor applies. */
    String inForce;

    @BeforeEach
    void theFirstPublicationIsApplied() {
        await().untilAsserted(() -> assertThat(jdbc.queryForList("SELECT list_version FROM rescreen_publication",
                String.class)).isNotEmpty());
        inForce = jdbc.queryForObject("SELECT list_version FROM rescreen_publication ORDER BY sequence DESC LIMIT 1",
                String.class);
    }

    @Test
    void aPublicationInTheMiddleOfABatchSeedsExactlyTheConsignmentsOpenAtItsPosition() {
        List<EventMessage<?>> earlier = new ArrayList<>(declaredAndScreened("MID-STORED-OPEN"));
        earlier.addAll(declaredAndScreened("MID-STORED-CLOSING"));
        deliverAsOneBatch(earlier);

        List<EventMessage<?>> batch = new ArrayList<>();
        batch.addAll(declaredAndScreened("MID-NEW-OPEN"));
        batch.add(released("MID-STORED-CLOSING", 2));
        batch.addAll(declaredAndScreened("MID-NEW-CLOSED"));
        batch.add(released("MID-NEW-CLOSED", 2));
        batch.add(published("MID-V"));
        batch.add(declared("MID-NEW-AFTER"));
        batch.add(screened("MID-NEW-AFTER", 1, ScreeningTrigger.DECLARATION, "MID-V", List.of()));
        batch.add(released("MID-NEW-OPEN", 2));
        deliverAsOneBatch(batch);

        assertThat(jdbc.queryForList("""
                SELECT consignment_id || ' ' || state FROM rescreen_task WHERE list_version = 'MID-V'
                AND consignment_id LIKE 'MID-%' ORDER BY consignment_id""", String.class)).as("seeded as of the publication, then closed in the batch")
                .containsExactly("MID-NEW-OPEN CLOSED", "MID-STORED-OPEN PENDING");
        assertThat(jdbc.queryForList("SELECT consignment_id || ' ' || open || ' ' || version FROM rescreen_consignment "
                + "WHERE consignment_id LIKE 'MID-%' ORDER BY consignment_id", String.class)).containsExactly(
                "MID-NEW-AFTER true 1", "MID-NEW-CLOSED false 2", "MID-NEW-OPEN false 2", "MID-STORED-CLOSING false 2",
                "MID-STORED-OPEN true 1");
        assertThat(jdbc.queryForList("SELECT list_version FROM rescreen_publication ORDER BY sequence DESC LIMIT 1",
                String.class)).containsExactly("MID-V");
    }

    @Test
    void aConsignmentDeclaredScreenedAndClosedInOneBatchIsWrittenOnceClosed() {
        List<EventMessage<?>> batch = new ArrayList<>(declaredAndScreened("ONE-BATCH"));
        batch.add(released("ONE-BATCH", 2));
        deliverAsOneBatch(batch);

        assertThat(jdbc.queryForMap("SELECT open, list_version, channel, hit_keys::text, version FROM rescreen_consignment "
                + "WHERE consignment_id = 'ONE-BATCH'")).isEqualTo(Map.of("open", false, "list_version", inForce,
                "channel", "GREEN", "hit_keys", "[]", "version", 2L));
    }

    /**
     * A re-screening for a publication with a new hit and the automatic hold it placed, in one batch:
     * one outcome with the hold. The same batch again, and then its events one by one, change nothing.
     */
    @Test
    void aRedeliveredBatchChangesNothing() {
        ScreeningHit hit = new ScreeningHit.PartyHit(PartyRole.CONSIGNEE, "Zapad Logistics", "SDN", "TEST-P1",
                "Zapad Logistics", "Zapad Logistics", "TEST", "NAME", 1.0, MatchBand.MATCH, null, null, List.of());
        List<EventMessage<?>> batch = new ArrayList<>(declaredAndScreened("AGAIN"));
        batch.add(published("AGAIN-V"));
        batch.add(screened("AGAIN", 2, ScreeningTrigger.LIST_PUBLISHED, "AGAIN-V", List.of(hit)));
        batch.add(event("AGAIN", 3, new HoldPlacedEvent("AGAIN", "AUTO-1", HoldReason.SANCTIONS_MATCH, "Listed consignee",
                true, "system", ConsignmentStatus.CLEARED, ConsignmentStatus.HELD)));
        deliverAsOneBatch(batch);
        Map<String, List<Map<String, Object>>> applied = rowsOf("AGAIN");

        deliverAsOneBatch(batch);
        batch.forEach(this::deliverAsOneBatch);

        assertThat(rowsOf("AGAIN")).isEqualTo(applied);
        assertThat(applied.get("outcome")).singleElement().satisfies(outcome -> {
            assertThat(outcome.get("hold_reason")).isEqualTo("SANCTIONS_MATCH");
            assertThat(outcome.get("previous_channel")).isEqualTo("GREEN");
            assertThat(outcome.get("channel")).isEqualTo("RED");
            assertThat(String.valueOf(outcome.get("new_hits"))).contains("TEST-P1");
        });
        assertThat(applied.get("task")).as("seeded before the re-screening, which is not the worker's here")
                .extracting(task -> task.get("state")).containsExactly("PENDING");
    }

    private Map<String, List<Map<String, Object>>> rowsOf(String consignmentId) {
        return Map.of(
                "consignment", jdbc.queryForList("SELECT * FROM rescreen_consignment WHERE consignment_id = ?", consignmentId),
                "outcome", jdbc.queryForList("SELECT * FROM rescreen_outcome WHERE consignment_id = ?", consignmentId),
                "task", jdbc.queryForList("SELECT * FROM rescreen_task WHERE consignment_id = ?", consignmentId),
                "publication", jdbc.queryForList("SELECT * FROM rescreen_publication ORDER BY sequence"));
    }

    /** The events in one unit of work and transaction, each through the process's handlers, as its processor does. */
    private void deliverAsOneBatch(List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(process);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<EventMessage<?>>(events));
        batch.attachTransaction(transactions);
        batch.executeWithResult(() -> handlers.handle(batch.getMessage()), RollbackConfigurationType.ANY_THROWABLE);
        batch.getExecutionResults().values().stream().filter(result -> result.isExceptionResult()).findFirst()
                .ifPresent(failed -> {
                    throw new AssertionError(failed.getExceptionResult());
                });
    }

    private void deliverAsOneBatch(EventMessage<?> event) {
        deliverAsOneBatch(List.of(event));
    }

    private List<EventMessage<?>> declaredAndScreened(String id) {
        return List.of(declared(id), screened(id, 1, ScreeningTrigger.DECLARATION, inForce, List.of()));
    }

    private static EventMessage<?> declared(String id) {
        return event(id, 0, new ConsignmentDeclaredEvent(id, Declarations.withReference("EX-" + id), ConsignmentStatus.DECLARED));
    }

    private static EventMessage<?> screened(String id, long sequence, ScreeningTrigger trigger, String version,
                                            List<ScreeningHit> hits) {
        Channel channel = hits.isEmpty() ? Channel.GREEN : Channel.RED;
        ConsignmentStatus status = hits.isEmpty() ? ConsignmentStatus.CLEARED : ConsignmentStatus.AWAITING_INSPECTION;
        return event(id, sequence, new ConsignmentScreenedEvent(id, trigger, version, hits, channel, false,
                sequence == 1 ? null : Channel.GREEN, channel, status, status));
    }

    private static EventMessage<?> released(String id, long sequence) {
        return event(id, sequence, new ConsignmentReleasedEvent(id, "EX-" + id, Channel.GREEN, "Released",
                ConsignmentStatus.RELEASED));
    }

    /** A publication after every one before, whichever order the tests run in. */
    private static EventMessage<?> published(String version) {
        return new GenericDomainEventMessage<>("ScreeningListRegister", REGISTER, publications.incrementAndGet(),
                new ScreeningListPublishedEvent(REGISTER, version, null, List.of(), List.of(), Instant.now(), List.of(),
                        List.of(), List.of(), List.of(), 0, 0, 0), OFFICER.asMetaData());
    }

    private static EventMessage<?> event(String id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Consignment", id, sequence, payload, OFFICER.asMetaData());
    }
}
