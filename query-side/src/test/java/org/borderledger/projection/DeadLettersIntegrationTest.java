package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.live.api.ProjectionChanged;
import org.borderledger.projection.api.DeadLetterOutcome;
import org.borderledger.projection.api.DeadLetterOutcome.Result;
import org.borderledger.projection.api.DeadLetterView;
import org.borderledger.projection.api.FetchDeadLettersQuery;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.FetchConsignmentSummaryQuery;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** Parked events on the machine's PostgreSQL: listed with their cause, retried once fixed, evicted. */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "axon.eventhandling.processors.test-flaky.mode=pooled",
        "axon.eventhandling.processors.test-flaky.dlq.enabled=true"})
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import({Commands.class, FlakyProjection.class})
class DeadLettersIntegrationTest {

    @Autowired
    QueryGateway queries;
    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    FlakyProjection flaky;

    @Test
    void aPoisonEventIsListedWithItsCauseAndEvictionRemovesItsSequence() {
        String poisoned = "CN-DLQ-POISON";
        // A screening without a channel, stored without the aggregate as a buggy writer could.
        eventStore.publish(
                new GenericDomainEventMessage<>("Consignment", poisoned, 0, new ConsignmentDeclaredEvent(poisoned,
                        Declarations.withReference("EX-DLQ-POISON"), ConsignmentStatus.DECLARED), OFFICER.asMetaData()),
                new GenericDomainEventMessage<>("Consignment", poisoned, 1, new ConsignmentScreenedEvent(poisoned, null,
                        "v1", List.of(), null, false, null, null, ConsignmentStatus.CLEARED, ConsignmentStatus.CLEARED),
                        OFFICER.asMetaData()));

        await().untilAsserted(() -> assertThat(lettersOf("consignment-summary", poisoned)).singleElement()
                .satisfies(letter -> {
                    assertThat(letter.eventType()).isEqualTo("ConsignmentScreenedEvent");
                    assertThat(letter.sequenceNumber()).isEqualTo(1);
                    assertThat(letter.causeType()).isEqualTo(NullPointerException.class.getName());
                    assertThat(letter.enqueuedAt()).isNotNull();
                    assertThat(letter.lastTouched()).isNotNull();
                }));

        assertThat(deadLetters.evict("consignment-summary", poisoned)).isEqualTo(DeadLetterOutcome.of(Result.EVICTED));
        assertThat(lettersOf("consignment-summary", poisoned)).isEmpty();
        assertThat(deadLetters.evict("consignment-summary", poisoned)).isEqualTo(DeadLetterOutcome.of(Result.NOT_FOUND));
    }

    @Test
    void aRetryFailsWhileTheCauseLastsAndProcessesTheSequenceOnceItIsFixed() {
        String fixedLater = "CN-DLQ-FIXED";
        String neverFixed = "CN-DLQ-NEVER";
        flaky.failing.addAll(List.of(fixedLater, neverFixed));
        declare(fixedLater);
        declare(neverFixed);
        await().untilAsserted(() -> {
            assertThat(lettersOf(FlakyProjection.PROCESSING_GROUP, fixedLater)).singleElement().satisfies(letter -> {
                assertThat(letter.eventType()).isEqualTo("ConsignmentDeclaredEvent");
                assertThat(letter.causeType()).isEqualTo(IllegalStateException.class.getName());
                assertThat(letter.causeMessage()).isEqualTo("Registry unavailable for " + fixedLater);
            });
            // The second may come in a later batch than the first.
            assertThat(lettersOf(FlakyProjection.PROCESSING_GROUP, neverFixed)).hasSize(1);
        });

        DeadLetterOutcome stillFailing = deadLetters.retry(FlakyProjection.PROCESSING_GROUP, fixedLater);
        assertThat(stillFailing.result()).isEqualTo(Result.STILL_FAILING);
        assertThat(stillFailing.cause()).contains("Registry unavailable for " + fixedLater);

        flaky.failing.remove(fixedLater);
        List<ProjectionChanged> updates = new CopyOnWriteArrayList<>();
        try (var watching = queries.subscriptionQuery(new FetchConsignmentSummaryQuery(fixedLater),
                ResponseTypes.optionalInstanceOf(ConsignmentSummary.class), ResponseTypes.instanceOf(ProjectionChanged.class))) {
            watching.updates().subscribe(updates::add);
            assertThat(deadLetters.retry(FlakyProjection.PROCESSING_GROUP, fixedLater))
                    .isEqualTo(DeadLetterOutcome.of(Result.RETRIED));
            // A retry commits through the processor's interceptors, so consoles hear of it too.
            await().untilAsserted(() -> assertThat(updates)
                    .contains(new ProjectionChanged(FlakyProjection.PROCESSING_GROUP, fixedLater)));
        }
        assertThat(flaky.handled).contains(fixedLater).doesNotContain(neverFixed);
        assertThat(lettersOf(FlakyProjection.PROCESSING_GROUP, fixedLater)).isEmpty();
        assertThat(lettersOf(FlakyProjection.PROCESSING_GROUP, neverFixed)).hasSize(1);
        assertThat(deadLetters.retry(FlakyProjection.PROCESSING_GROUP, "CN-DLQ-UNKNOWN"))
                .isEqualTo(DeadLetterOutcome.of(Result.NOT_FOUND));
    }

    private void declare(String id) {
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + id)), OFFICER);
    }

    private List<DeadLetterView> lettersOf(String processingGroup, String consignmentId) {
        return queries.query(new FetchDeadLettersQuery(processingGroup), ResponseTypes.multipleInstancesOf(DeadLetterView.class))
                .join().stream().filter(letter -> letter.consignmentId().equals(consignmentId)).toList();
    }
}
