package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Projections.domainEvent;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Writes that a projection queues for its batch and runs at commit: an event whose write fails
 * there, in PostgreSQL, is parked with the rest of its consignment's sequence, with the cause of
 * its write, and the other consignments of the same batch land.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
class BatchedWritesIntegrationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventFailingAtFlushIsParkedWithItsSequenceAndTheRestOfTheBatchLands() {
        String orphan = "CN-BATCH-ORPHAN";
        List<String> healthy = List.of("CN-BATCH-BEFORE", "CN-BATCH-AFTER");
        // Stored in one append, so one processor batch holds them all. A hold on a consignment that the
        // held-goods projection has never seen declared breaks a NOT NULL column at flush.
        eventStore.publish(
                domainEvent(healthy.get(0), 0, declared(healthy.get(0))),
                domainEvent(healthy.get(0), 1, hold(healthy.get(0), "H-1")),
                domainEvent(orphan, 0, hold(orphan, "H-1")),
                domainEvent(orphan, 1, hold(orphan, "H-2")),
                domainEvent(healthy.get(1), 0, declared(healthy.get(1))),
                domainEvent(healthy.get(1), 1, hold(healthy.get(1), "H-1")));

        // The batch fails once, and is handled again after the processor's back-off.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("SELECT consignment_id FROM consignment_hold WHERE consignment_id LIKE 'CN-BATCH-%'"
                    + " ORDER BY consignment_id", String.class)).containsExactly("CN-BATCH-AFTER", "CN-BATCH-BEFORE");
            assertThat(jdbc.queryForList("""
                    SELECT split_part(payloadtype, '.', -1) || ' ' || sequencenumber || ' ' || coalesce(causetype, '-')
                    FROM deadletterentry WHERE processinggroup = 'consignment-holds' AND sequenceidentifier = ?
                    ORDER BY sequenceindex""", String.class, orphan)).containsExactly(
                    "HoldPlacedEvent 0 org.springframework.dao.DataIntegrityViolationException", "HoldPlacedEvent 1 -");
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consignment_hold WHERE consignment_id = ?", Integer.class,
                orphan)).isZero();
    }

    private static ConsignmentDeclaredEvent declared(String id) {
        return new ConsignmentDeclaredEvent(id, Declarations.withReference("EX-" + id), ConsignmentStatus.DECLARED);
    }

    private static HoldPlacedEvent hold(String id, String holdId) {
        return new HoldPlacedEvent(id, holdId, HoldReason.DOCUMENTS, "Invoice missing", false, OFFICER.userId(),
                ConsignmentStatus.DECLARED, ConsignmentStatus.HELD);
    }
}
