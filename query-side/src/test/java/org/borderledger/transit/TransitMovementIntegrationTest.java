package org.borderledger.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.Projections;
import org.borderledger.transit.api.FetchHeldTransitsQuery;
import org.borderledger.transit.api.FetchOverdueTransitsQuery;
import org.borderledger.transit.api.FetchTransitsAtPostsQuery;
import org.borderledger.transit.api.TransitMovement;
import org.junit.jupiter.api.Test;
import org.borderledger.projection.ProjectionReplay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The transit projection built by its pooled processor from the events of real commands: a movement
 * diverted to a Russian-border post and seized, one discharged at its exit post, one whose time limit
 * passes on the road; then rebuilt from the store to the same rows. No random check, so that the
 * movements are cleared for departure at once.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"borderledger.screening.random-yellow-share=0", "borderledger.screening.random-red-share=0"})
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class TransitMovementIntegrationTest {

    static final Actor DEPARTURE_OFFICER = new Actor("o.tokayev", Role.OFFICER, Declarations.TRANSIT_DEPARTURE);
    static final Actor KURMANGAZY_OFFICER = Lifecycles.OFFICER;
    static final Actor KORDAY_OFFICER = new Actor("o.korday", Role.OFFICER, Declarations.TRANSIT_EXIT);
    /** The queues asked for every post, so that wherever a movement is held or due it is in them. */
    static final List<String> EVERY_POST = BorderPosts.all().stream().map(BorderPosts.BorderPost::name).toList();
    static final Actor KURMANGAZY_SUPERVISOR = new Actor("s.bekova", Role.SUPERVISOR, "Kurmangazy");
    static final String ALL_ROWS = "SELECT * FROM transit_movement ORDER BY consignment_id";

    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDivertedMovementIsHeldUntilSeizedADischargedOneLeavesTheQueuesAndARebuildGivesTheSameRows() {
        String diverted = departed(Instant.now().plus(Duration.ofDays(2)));
        String discharged = departed(Instant.now().plus(Duration.ofDays(1)));
        await().untilAsserted(() -> assertThat(ids(atPosts(Declarations.TRANSIT_EXIT))).contains(diverted, discharged));

        commands.send(arrival(diverted, "Kurmangazy"), KURMANGAZY_OFFICER);
        commands.send(arrival(discharged, Declarations.TRANSIT_EXIT), KORDAY_OFFICER);
        await().untilAsserted(() -> assertThat(held()).filteredOn(m -> m.consignmentId().equals(diverted)).singleElement()
                .satisfies(movement -> {
                    assertThat(movement.holdReason()).isEqualTo(HoldReason.DIVERSION);
                    assertThat(movement.findings()).containsExactly(TransitFinding.DIVERSION);
                    assertThat(movement.arrivalCountry()).isEqualTo(CountryCode.of("RU"));
                    assertThat(movement.departurePost()).isEqualTo(Declarations.TRANSIT_DEPARTURE);
                    assertThat(movement.status()).isEqualTo(ConsignmentStatus.HELD);
                }));
        await().untilAsserted(() -> assertThat(status(discharged)).isEqualTo("DISCHARGED"));
        assertThat(ids(atPosts(Declarations.TRANSIT_EXIT))).doesNotContain(diverted, discharged);

        String holdId = held().stream().filter(m -> m.consignmentId().equals(diverted)).findFirst().orElseThrow().holdId();
        commands.send(new ReviewHoldCommand(diverted, 4, holdId, HoldDecision.SEIZE, DecisionReason.OTHER,
                "Declared for Kyrgyzstan, presented for Russia", null), KURMANGAZY_SUPERVISOR);
        await().untilAsserted(() -> assertThat(status(diverted)).isEqualTo("SEIZED"));
        assertThat(ids(held())).doesNotContain(diverted);

        Projections.assertThatARebuildGivesTheSameRows(processing, replay, TransitMovementProjection.PROCESSING_GROUP, jdbc, ALL_ROWS);
    }

    @Test
    void aMovementPastItsTimeLimitIsOverdueByTheClockAndThenByTheAlertOnce() {
        // Seconds ahead, enough for the release (refused past the time limit) on a busy machine.
        Instant timeLimit = Instant.now().plusSeconds(8);
        String late = departed(timeLimit);
        // Past the time limit by the reader's clock, whether or not the deadline has fired yet.
        await().untilAsserted(() -> assertThat(ids(overdue(timeLimit.plusSeconds(1)))).contains(late));
        assertThat(ids(overdue(timeLimit.minusSeconds(1)))).doesNotContain(late);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdue(Instant.now()))
                .filteredOn(m -> m.consignmentId().equals(late)).singleElement()
                .satisfies(movement -> assertThat(movement.overdue()).isTrue()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND payloadtype LIKE '%TransitOverdueEvent'", Long.class, late)).isEqualTo(1);
    }

    /** Declared at Nur Zholy (Khorgos) for Kyrgyzstan through Korday, and released into transit there. */
    private String departed(Instant timeLimit) {
        String id = Lifecycles.unique("CN-TRANSIT");
        commands.send(new DeclareConsignmentCommand(id, Declarations.builder(Declarations.transit(timeLimit))
                .reference(Lifecycles.unique("TR")).build()), DEPARTURE_OFFICER);
        commands.send(new ReleaseConsignmentCommand(id, 1, "Sealed at lane 2"), DEPARTURE_OFFICER);
        return id;
    }

    /** Every seal intact and the declared vehicle: only the post can be wrong. */
    private static RecordTransitArrivalCommand arrival(String id, String post) {
        return new RecordTransitArrivalCommand(id, 2, post, Declarations.TRANSIT_SEALS.stream()
                .map(seal -> new SealCheck(seal, SealCondition.INTACT)).toList(), List.of(),
                Declarations.roadTransport().vehicleRegistration(), null);
    }

    private String status(String id) {
        return jdbc.query("SELECT status FROM transit_movement WHERE consignment_id = ?",
                rows -> rows.next() ? rows.getString(1) : null, id);
    }

    private List<TransitMovement> overdue(Instant now) {
        return ask(() -> new FetchOverdueTransitsQuery(now, EVERY_POST));
    }

    private List<TransitMovement> held() {
        return ask(() -> new FetchHeldTransitsQuery(EVERY_POST));
    }

    private List<TransitMovement> atPosts(String post) {
        return ask(() -> new FetchTransitsAtPostsQuery(List.of(post)));
    }

    private List<TransitMovement> ask(Supplier<Object> query) {
        return queries.query(query.get(), ResponseTypes.multipleInstancesOf(TransitMovement.class)).join();
    }

    private static List<String> ids(List<TransitMovement> movements) {
        return movements.stream().map(TransitMovement::consignmentId).toList();
    }
}
