package org.borderledger.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.Projections;
import org.borderledger.transit.api.FetchHeldTransitsQuery;
import org.borderledger.transit.api.FetchOverdueTransitsQuery;
import org.borderledger.transit.api.FetchTransitsAtPostsQuery;
import org.borderledger.transit.api.TransitMovement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The transit projection's handlers and queries on the machine's PostgreSQL, fed events as the store
 * hands them over, in one processor batch and then once more: every rule of the supervisors' queue
 * (overdue by the alert and by the clock, held at arrival, ended by a decision) and the officers' view by
 * post.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
class TransitMovementProjectionTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final String KHORGOS = "Nur Zholy (Khorgos)";

    @Autowired
    TransitMovementProjection projection;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void overdueByTheClockOrByTheAlertHeldAtArrivalUntilDecidedAndInTransitByPost() {
        String late = Lifecycles.unique("CN-TR-LATE");
        String alerted = Lifecycles.unique("CN-TR-ALERT");
        String diverted = Lifecycles.unique("CN-TR-DIVERTED");
        String sealed = Lifecycles.unique("CN-TR-SEALS");
        String onTime = Lifecycles.unique("CN-TR-ONTIME");
        String discharged = Lifecycles.unique("CN-TR-DONE");
        String stopped = Lifecycles.unique("CN-TR-STOPPED");
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // Held on the road by its post of departure (a tip-off), never presented at exit, and overdue meanwhile.
        events.add(event(stopped, 1, departed(stopped, KHORGOS, NOW.minusSeconds(3600))));
        events.add(event(stopped, 2, new HoldPlacedEvent(stopped, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off", false,
                OFFICER.userId(), ConsignmentStatus.IN_TRANSIT, ConsignmentStatus.HELD)));
        events.add(event(stopped, 3, new TransitOverdueEvent(stopped, "TR-" + stopped, KHORGOS, "Korday",
                NOW.minusSeconds(3600), ConsignmentStatus.HELD)));
        events.add(event(late, 1, departed(late, "Dostyk", NOW.minusSeconds(7200))));
        events.add(event(alerted, 1, departed(alerted, KHORGOS, NOW.plusSeconds(3600))));
        events.add(event(alerted, 2, new TransitOverdueEvent(alerted, "TR-" + alerted, KHORGOS, "Korday",
                NOW.plusSeconds(3600), ConsignmentStatus.IN_TRANSIT)));
        events.add(event(diverted, 1, departed(diverted, KHORGOS, NOW.plusSeconds(3600))));
        events.add(event(diverted, 2, arrived(diverted, "Kurmangazy", "RU", Set.of(TransitFinding.DIVERSION))));
        events.add(event(diverted, 3, held(diverted, HoldReason.DIVERSION)));
        events.add(event(sealed, 1, departed(sealed, KHORGOS, NOW.plusSeconds(3600))));
        events.add(event(sealed, 2, arrived(sealed, "Korday", "KG", Set.of(TransitFinding.SEALS))));
        events.add(event(sealed, 3, held(sealed, HoldReason.TRANSIT_DISCREPANCY)));
        events.add(event(onTime, 1, departed(onTime, "Zhibek Zholy", NOW.plusSeconds(7200))));
        events.add(event(discharged, 1, departed(discharged, KHORGOS, NOW.minusSeconds(60))));
        events.add(event(discharged, 2, arrived(discharged, "Korday", "KG", Set.of())));
        events.add(event(discharged, 3, new TransitDischargedEvent(discharged, "TR-" + discharged, "Korday",
                ConsignmentStatus.DISCHARGED)));
        Projections.deliverInOneBatch(projection, events);

        assertThat(overdue("Korday")).extracting(TransitMovement::consignmentId).containsExactly(late, stopped, alerted);
        assertThat(overdue("Korday")).extracting(TransitMovement::overdue).containsExactly(false, true, true);
        assertThat(held("Kurmangazy", "Korday")).extracting(TransitMovement::consignmentId).as("a diversion first").containsExactly(diverted, sealed);
        // Each post sees what it must act on: the holds of goods presented there, the movements leaving from or due at it.
        assertThat(held("Korday")).extracting(TransitMovement::consignmentId).containsExactly(sealed);
        assertThat(held(KHORGOS, "Syrym")).isEmpty();
        assertThat(overdue("Dostyk")).extracting(TransitMovement::consignmentId).containsExactly(late);
        assertThat(overdue("Syrym")).isEmpty();
        assertThat(held("Kurmangazy", "Korday").get(0)).satisfies(movement -> {
            assertThat(movement.holdReason()).isEqualTo(HoldReason.DIVERSION);
            assertThat(movement.holdId()).isEqualTo("AUTO-1");
            assertThat(movement.arrivalPost()).isEqualTo("Kurmangazy");
            assertThat(movement.arrivalCountry()).isEqualTo(CountryCode.of("RU"));
            assertThat(movement.destination()).isEqualTo(CountryCode.of("KG"));
            assertThat(movement.findings()).containsExactly(TransitFinding.DIVERSION);
            assertThat(movement.status()).isEqualTo(ConsignmentStatus.HELD);
        });
        assertThat(atPosts("Korday")).extracting(TransitMovement::consignmentId)
                .containsExactly(late, stopped, alerted, onTime);
        assertThat(atPosts(KHORGOS)).extracting(TransitMovement::consignmentId).containsExactly(stopped, alerted);
        assertThat(atPosts("Zhibek Zholy", "Dostyk")).extracting(TransitMovement::consignmentId)
                .containsExactly(late, onTime);

        // Once more, as after a crash before the token was stored: nothing changes.
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM transit_movement ORDER BY consignment_id");
        Projections.deliverInOneBatch(projection, events);
        assertThat(jdbc.queryForList("SELECT * FROM transit_movement ORDER BY consignment_id")).isEqualTo(rows);

        // A referral keeps the hold open; a seizure ends it and the consignment.
        Projections.deliverInOneBatch(projection, List.of(
                event(diverted, 4, reviewed(diverted, HoldDecision.REFER, ConsignmentStatus.HELD)),
                event(sealed, 4, reviewed(sealed, HoldDecision.SEIZE, ConsignmentStatus.SEIZED))));
        assertThat(held("Kurmangazy", "Korday")).extracting(TransitMovement::consignmentId).containsExactly(diverted);
        assertThat(jdbc.queryForObject("SELECT status FROM transit_movement WHERE consignment_id = ?", String.class, sealed))
                .isEqualTo("SEIZED");
    }

    private List<TransitMovement> overdue(String... posts) {
        return mine(queries.query(new FetchOverdueTransitsQuery(NOW, List.of(posts)), ResponseTypes.multipleInstancesOf(TransitMovement.class)).join());
    }

    private List<TransitMovement> held(String... posts) {
        return mine(queries.query(new FetchHeldTransitsQuery(List.of(posts)), ResponseTypes.multipleInstancesOf(TransitMovement.class)).join());
    }

    private List<TransitMovement> atPosts(String... posts) {
        return mine(queries.query(new FetchTransitsAtPostsQuery(List.of(posts)),
                ResponseTypes.multipleInstancesOf(TransitMovement.class)).join());
    }

    /** This test's movements only: the context's other tests may have stored some. */
    private static List<TransitMovement> mine(List<TransitMovement> movements) {
        return movements.stream().filter(movement -> movement.consignmentId().startsWith("CN-TR-")).toList();
    }

    private static TransitDepartedEvent departed(String id, String post, Instant timeLimit) {
        return new TransitDepartedEvent(id, "TR-" + id, post, "Korday", CountryCode.of("KG"), timeLimit, Channel.GREEN,
                null, ConsignmentStatus.IN_TRANSIT);
    }

    private static TransitArrivalRecordedEvent arrived(String id, String post, String country, Set<TransitFinding> findings) {
        return new TransitArrivalRecordedEvent(id, post, CountryCode.of(country),
                List.of(new SealCheck("KZ-1", findings.contains(TransitFinding.SEALS) ? SealCondition.BROKEN : SealCondition.INTACT)),
                List.of(), "123 ABC 05", findings, false, null, ConsignmentStatus.IN_TRANSIT);
    }

    private static HoldPlacedEvent held(String id, HoldReason reason) {
        return new HoldPlacedEvent(id, "AUTO-1", reason, "Found at arrival", true, OFFICER.userId(),
                ConsignmentStatus.IN_TRANSIT, ConsignmentStatus.HELD);
    }

    private static HoldReviewedEvent reviewed(String id, HoldDecision decision, ConsignmentStatus status) {
        return new HoldReviewedEvent(id, "AUTO-1", HoldReason.DIVERSION, OFFICER.userId(), decision, DecisionReason.OTHER,
                "Decided", decision == HoldDecision.REFER ? "Financial monitoring agency" : null,
                decision == HoldDecision.REFER ? 1 : 0, status);
    }

    /** The event as the store hands it over; the declaration (sequence number 0) is not this projection's. */
    private static DomainEventMessage<?> event(String id, long sequenceNumber, ConsignmentEvent payload) {
        return new GenericDomainEventMessage<>("Consignment", id, sequenceNumber, payload, Actor.SYSTEM.asMetaData(),
                id + "-" + sequenceNumber, NOW.minusSeconds(600).plusSeconds(sequenceNumber));
    }
}
