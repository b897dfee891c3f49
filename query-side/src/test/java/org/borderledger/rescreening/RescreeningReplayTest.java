package org.borderledger.rescreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A replay of the re-screening process over a store of generated lifecycles gives the rows its live run
 * gave, and how fast it went is printed (the machine's load decides that, so it is not asserted). 300
 * lifecycles of seven events by default; {@code -Drescreening.replay.lifecycles=3000} measures a larger store.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.rescreening.enabled=false")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@DirtiesContext // a configuration of its own, used by no other class: its connections go back at once
class RescreeningReplayTest {

    static final String ALL_ROWS = "SELECT * FROM rescreen_consignment ORDER BY consignment_id";

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayGivesTheRowsOfTheLiveRunAndItsRateIsPrinted() {
        int lifecycles = Integer.getInteger("rescreening.replay.lifecycles", 300);
        List<EventMessage<?>> chunk = new ArrayList<>();
        for (int i = 0; i < lifecycles; i++) {
            chunk.addAll(lifecycle("CN-RATE-" + i));
            if (chunk.size() >= 700) {
                eventStore.publish(chunk);
                chunk.clear();
            }
        }
        eventStore.publish(chunk);
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        StreamingEventProcessor process = processing.eventProcessor(RescreeningProcess.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        Duration patience = Duration.ofSeconds(60).plusMillis(lifecycles * 100L);
        processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).forEach(processor -> await().atMost(patience).untilAsserted(
                        () -> assertThat(reached(processor, head)).as(processor.getName()).isTrue()));
        List<Map<String, Object>> live = jdbc.queryForList(ALL_ROWS);

        process.shutDown();
        process.resetTokens();
        long started = System.nanoTime();
        process.start();
        await().atMost(patience).untilAsserted(() -> assertThat(reached(process, head)).isTrue());
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("Re-screening process replay: %d events (%d lifecycles) in %.1f s, %.0f events/s%n",
                events, lifecycles, seconds, events / seconds);
        assertThat(jdbc.queryForList(ALL_ROWS)).isEqualTo(live);
    }

    private static boolean reached(StreamingEventProcessor processor, long head) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(segment -> segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** Declared, screened, amended and screened again, held, lifted, released. */
    private static List<DomainEventMessage<?>> lifecycle(String id) {
        Declaration declaration = Declarations.withReference("EX-" + id);
        ConsignmentStatus cleared = ConsignmentStatus.CLEARED;
        return List.of(
                event(id, 0, new ConsignmentDeclaredEvent(id, declaration, ConsignmentStatus.DECLARED)),
                event(id, 1, new ConsignmentScreenedEvent(id, ScreeningTrigger.DECLARATION, "rate-1", List.of(),
                        Channel.GREEN, false, null, Channel.GREEN, cleared, cleared)),
                event(id, 2, new DeclarationAmendedEvent(id, declaration, List.of("goods"), "Typo", cleared)),
                event(id, 3, new ConsignmentScreenedEvent(id, ScreeningTrigger.AMENDMENT, "rate-1", List.of(),
                        Channel.GREEN, false, Channel.GREEN, Channel.GREEN, cleared, cleared)),
                event(id, 4, new HoldPlacedEvent(id, "H-1", HoldReason.DOCUMENTS, "Invoice missing", false,
                        OFFICER.userId(), cleared, ConsignmentStatus.HELD)),
                event(id, 5, new HoldReviewedEvent(id, "H-1", HoldReason.DOCUMENTS, OFFICER.userId(), HoldDecision.LIFT,
                        DecisionReason.DOCUMENTS_CORRECTED, "Invoice provided", null, 0, cleared)),
                event(id, 6, new ConsignmentReleasedEvent(id, "EX-" + id, Channel.GREEN, "Released", ConsignmentStatus.RELEASED)));
    }

    private static DomainEventMessage<?> event(String consignmentId, long sequenceNumber, Object payload) {
        return new GenericDomainEventMessage<>("Consignment", consignmentId, sequenceNumber, payload, OFFICER.asMetaData());
    }
}
