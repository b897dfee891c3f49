package org.borderledger.projection;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.projection.api.DeadLetterView;
import org.borderledger.projection.api.FetchDeadLettersQuery;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.Projections;
import org.borderledger.support.Races;
import org.borderledger.support.Races.Attempt;
import org.borderledger.support.Races.Race;
import org.borderledger.support.Races.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Many threads sending conflicting commands to the same consignments through the real command
 * gateway: release against hold, two supervisors' reviews of one hold, and a double click. Exactly
 * one command per consignment wins, the other hears who beat it, the event streams stay gap-free and
 * every projection equals a fresh rebuild from the store.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class ConflictingCommandsTest {

    static final int CONSIGNMENTS_PER_CONFLICT = 50;
    static final int THREADS = 16;
    static final String PREFIX = "CN-CONC-";
    static final Actor SECOND_SUPERVISOR = new Actor("s.bekova", Role.SUPERVISOR, "Kurmangazy");

    /** Every projection's processing group and a select of all its rows, in a stable order. */
    static final Map<String, String> PROJECTIONS = Stream.of("consignment-summary", "consignment-detail",
                    "consignment-timeline", "consignment-holds")
            .collect(toMap(group -> group, group -> allRowsOf(EveryProjection.TABLES.get(group))));

    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplay replay;

    @Test
    void conflictingCommandsLetExactlyOneWinPerConsignmentAndLeaveTheStoreAndProjectionsConsistent() throws Exception {
        List<String> releaseOrHold = clearedConsignments("RH");
        List<String> twoReviews = declare("RV", Lifecycles::toASanctionedConsignee);
        List<String> doubleClicks = clearedConsignments("DC");

        List<Race> races = new ArrayList<>();
        releaseOrHold.forEach(id -> races.add(new Race(id, List.of(
                new Sent(new ReleaseConsignmentCommand(id, 1, "Released at lane 2"), OFFICER),
                new Sent(new PlaceHoldCommand(id, 1, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off on the driver"),
                        SECOND_SUPERVISOR)))));
        twoReviews.forEach(id -> races.add(new Race(id, List.of(
                new Sent(new ReviewHoldCommand(id, 2, "AUTO-1", HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH,
                        "Different company: BIN differs", null), SUPERVISOR),
                new Sent(new ReviewHoldCommand(id, 2, "AUTO-1", HoldDecision.SEIZE, DecisionReason.SANCTIONS_CONFIRMED,
                        "Same company as on the list", null), SECOND_SUPERVISOR)))));
        doubleClicks.forEach(id -> {
            Sent click = new Sent(new ReleaseConsignmentCommand(id, 1, null), OFFICER);
            races.add(new Race(id, List.of(click, click)));
        });

        List<Attempt> attempts = Races.run(commands, races, THREADS);

        Map<String, List<Attempt>> byConsignment = attempts.stream().collect(groupingBy(Attempt::consignmentId));
        releaseOrHold.forEach(id -> assertOneWinnerAndAStaleLoser(byConsignment.get(id), 1,
                winner -> winner.command() instanceof ReleaseConsignmentCommand
                        ? event(ConsignmentReleasedEvent.class, ConsignmentStatus.RELEASED)
                        : event(HoldPlacedEvent.class, ConsignmentStatus.HELD)));
        twoReviews.forEach(id -> assertOneWinnerAndAStaleLoser(byConsignment.get(id), 2, winner -> {
            HoldDecision decision = ((ReviewHoldCommand) winner.command()).decision();
            return last -> {
                assertThat(last).isInstanceOfSatisfying(HoldReviewedEvent.class,
                        reviewed -> assertThat(reviewed.decision()).isEqualTo(decision));
                assertThat(last.status()).isEqualTo(decision == HoldDecision.SEIZE
                        ? ConsignmentStatus.SEIZED : ConsignmentStatus.AWAITING_INSPECTION);
            };
        }));
        doubleClicks.forEach(id -> assertOneWinnerAndAStaleLoser(byConsignment.get(id), 1,
                winner -> event(ConsignmentReleasedEvent.class, ConsignmentStatus.RELEASED)));

        assertThat(jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry"
                + " WHERE aggregateidentifier LIKE ? GROUP BY aggregateidentifier, sequencenumber HAVING count(*) > 1",
                String.class, PREFIX + "%")).as("duplicate sequence numbers").isEmpty();
        PROJECTIONS.keySet().forEach(group -> assertThat(deadLettersOf(group)).as(group).isEmpty());
        PROJECTIONS.forEach((group, allRows) -> Projections.assertThatARebuildGivesTheSameRows(processing, replay, group, jdbc, allRows));

        Map<Object, Long> refusals = attempts.stream().filter(attempt -> !attempt.accepted())
                .collect(groupingBy(Attempt::refusal, counting()));
        // Both kinds of winner in the split show that the contenders really raced.
        Map<String, Long> winners = attempts.stream().filter(Attempt::accepted)
                .collect(groupingBy(attempt -> attempt.sent().command() instanceof ReviewHoldCommand review
                        ? review.decision().name() : attempt.sent().command().getClass().getSimpleName(), counting()));
        System.out.printf("Conflicting commands: %d consignments, %d commands driven on %d threads, %d accepted %s,"
                        + " refused by reason %s, %d events stored, %d projections rebuilt, rows diverged 0%n",
                races.size(), attempts.size(), THREADS, attempts.stream().filter(Attempt::accepted).count(), winners,
                refusals,
                jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ?",
                        Long.class, PREFIX + "%"), PROJECTIONS.size());
    }

    /**
     * One of the two commands was accepted and stored exactly one event, which {@code expectedLast}
     * of the winner checks; the other was refused as stale, naming the winner and the new version,
     * and left nothing: the stream is 0..version+1 without a gap.
     */
    private void assertOneWinnerAndAStaleLoser(List<Attempt> race, long version,
                                               Function<Sent, Consumer<ConsignmentEvent>> expectedLast) {
        assertThat(race).hasSize(2);
        assertThat(race).filteredOn(Attempt::accepted).hasSize(1);
        Attempt winner = race.stream().filter(Attempt::accepted).findFirst().orElseThrow();
        Attempt loser = race.stream().filter(attempt -> !attempt.accepted()).findFirst().orElseThrow();
        String winnerId = winner.sent().actor().userId();
        assertThat(loser.refusal()).as(loser.message()).isEqualTo(RejectionCode.STALE_VERSION);
        assertThat(loser.message()).contains(winnerId);
        assertThat(loser.details()).containsEntry("changedBy", winnerId)
                .containsEntry("currentVersion", Long.toString(version + 1));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(winner.consignmentId(), 0).asStream().toList();
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(LongStream.rangeClosed(0, version + 1).boxed().toArray(Long[]::new));
        DomainEventMessage<?> last = events.get(events.size() - 1);
        assertThat(last.getMetaData()).containsEntry(Actor.USER_ID, winnerId);
        expectedLast.apply(winner.sent()).accept((ConsignmentEvent) last.getPayload());
    }

    private static Consumer<ConsignmentEvent> event(Class<?> type, ConsignmentStatus status) {
        return last -> {
            assertThat(last).isInstanceOf(type);
            assertThat(last.status()).isEqualTo(status);
        };
    }

    /**
     * Ordinary declarations, of which those that the random check left GREEN are CLEARED at version 1.
     * The draw depends on the id alone, so the same ids are kept on every run.
     */
    private List<String> clearedConsignments(String conflict) throws Exception {
        List<String> declared = declare(conflict, Declarations::withReference);
        List<String> cleared = declared.stream().filter(id -> ((ConsignmentEvent) eventStore.readEvents(id, 0).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload()).status() == ConsignmentStatus.CLEARED)
                .toList();
        assertThat(cleared).hasSizeGreaterThan(CONSIGNMENTS_PER_CONFLICT * 8 / 10);
        return cleared;
    }

    private List<String> declare(String conflict, Function<String, Declaration> declaration) throws Exception {
        List<String> ids = IntStream.rangeClosed(1, CONSIGNMENTS_PER_CONFLICT)
                .mapToObj(n -> PREFIX + conflict + "-" + n).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Object>> declarations = ids.stream().<Callable<Object>>map(id -> () -> commands.send(
                    new DeclareConsignmentCommand(id, declaration.apply("EX-" + id.substring(3))), OFFICER)).toList();
            for (Future<Object> declared : pool.invokeAll(declarations)) {
                declared.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ids;
    }

    private List<DeadLetterView> deadLettersOf(String group) {
        return queries.query(new FetchDeadLettersQuery(group), ResponseTypes.multipleInstancesOf(DeadLetterView.class))
                .join().stream().filter(letter -> letter.consignmentId().startsWith(PREFIX)).toList();
    }

    /** Every row of the tables, each as JSON text, sorted: a stable select to compare before and after. */
    private static String allRowsOf(List<String> tables) {
        return String.join(" UNION ALL ", tables.stream()
                .map(table -> "SELECT '" + table + "' AS source, row_to_json(" + table + ")::text AS row FROM " + table)
                .toList()) + " ORDER BY source, row";
    }
}
