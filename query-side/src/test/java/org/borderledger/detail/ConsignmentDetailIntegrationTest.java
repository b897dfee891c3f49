package org.borderledger.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.detail.api.ConsignmentAsOf;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentDetail.Hold;
import org.borderledger.detail.api.ConsignmentDetail.HoldReview;
import org.borderledger.detail.api.ConsignmentDetail.Inspection;
import org.borderledger.detail.api.ConsignmentDetail.Recorded;
import org.borderledger.detail.api.ConsignmentTimeline;
import org.borderledger.detail.api.FetchConsignmentAsOfQuery;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.detail.api.FetchConsignmentTimelineQuery;
import org.borderledger.detail.api.TimelineAction;
import org.borderledger.detail.api.TimelineEntry;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.Projections;
import org.junit.jupiter.api.Test;
import org.borderledger.projection.ProjectionReplay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The consignment detail and timeline projections on the machine's PostgreSQL, built by their pooled
 * processors from the events of real commands, redelivered, replayed, and compared with the state
 * as of earlier instants reconstructed from the event store.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.snapshot-threshold=3")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class ConsignmentDetailIntegrationTest {

    static final String ALL_DETAILS = "SELECT * FROM consignment_detail ORDER BY consignment_id";
    static final String ALL_ENTRIES = "SELECT * FROM consignment_timeline ORDER BY consignment_id, sequence_number";

    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    ConsignmentDetailProjection detailProjection;
    @Autowired
    ConsignmentTimelineProjection timelineProjection;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Commands commands;

    @Test
    void aSanctionsHoldLiftedInspectedAndReleasedShowsEveryPartOfItsDetail() {
        ConsignmentDetail detail = releasedAfterASanctionsHold("DET-LIFE").released();

        assertThat(detail.status()).isEqualTo(ConsignmentStatus.RELEASED);
        assertThat(detail.channel()).isEqualTo(Channel.RED);
        assertThat(detail.version()).isEqualTo(7);
        assertThat(detail.lastChangedAt()).isAfter(detail.declaredAt());
        assertThat(detail.declaration().reference()).isEqualTo("EX-DET-LIFE");
        assertThat(detail.declaration().consignee().name()).isEqualTo("ООО «Ромашка»");
        assertThat(detail.declaration()).isEqualTo(Lifecycles.toASanctionedConsignee("EX-DET-LIFE"));

        assertThat(detail.screenings()).singleElement().satisfies(screening -> {
            assertThat(screening.trigger()).isEqualTo(ScreeningTrigger.DECLARATION);
            assertThat(screening.listVersion()).isNotBlank();
            assertThat(screening.channel()).isEqualTo(Channel.RED);
            assertThat(screening.hits()).anySatisfy(hit -> assertThat(hit).isInstanceOfSatisfying(
                    ScreeningHit.PartyHit.class, party -> assertThat(party.role()).isEqualTo(PartyRole.CONSIGNEE)));
        });

        Hold hold = detail.holds().get(0);
        assertThat(detail.holds()).hasSize(1);
        assertThat(hold.holdId()).isEqualTo("AUTO-1");
        assertThat(hold.reason()).isEqualTo(HoldReason.SANCTIONS_MATCH);
        assertThat(hold.automatic()).isTrue();
        assertThat(hold.text()).isNotBlank();
        assertThat(hold.placed().by()).isEqualTo(OFFICER);
        HoldReview review = hold.reviews().get(0);
        assertThat(hold.reviews()).hasSize(1);
        assertThat(review.decision()).isEqualTo(HoldDecision.LIFT);
        assertThat(review.reason()).isEqualTo(DecisionReason.FALSE_POSITIVE_MATCH);
        assertThat(review.text()).startsWith("Different company");
        assertThat(review.referredAgency()).isEmpty();
        assertThat(review.decided().by()).isEqualTo(SUPERVISOR);

        Inspection inspection = detail.inspections().get(0);
        assertThat(detail.inspections()).hasSize(1);
        assertThat(inspection.inspectionId()).isEqualTo("INSP-1");
        assertThat(inspection.note()).isEqualTo("Lane 4");
        assertThat(inspection.started().by()).isEqualTo(OFFICER);
        assertThat(inspection.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.findingNumber()).isEqualTo(1);
            assertThat(finding.discrepancy()).isFalse();
            assertThat(finding.description()).isEqualTo("Seals intact, goods as declared");
            assertThat(finding.recorded().by()).isEqualTo(OFFICER);
        });
        assertThat(inspection.outcome()).isEqualTo(InspectionOutcome.NO_DISCREPANCY);
        assertThat(inspection.completed().by()).isEqualTo(OFFICER);

        assertThat(detail.documentChecks()).isEmpty();
        assertThat(detail.amendments()).isEmpty();
        assertThat(detail.release().note()).isEqualTo("Released at lane 4");
        assertThat(detail.release().recorded()).isEqualTo(new Recorded(OFFICER, detail.lastChangedAt()));
        assertThat(detail.cancellation()).isNull();
        assertThat(detailOf("CN-UNKNOWN")).isEmpty();
    }

    @Test
    void aCancelledDeclarationShowsAllFourPartiesAndWhoCancelledItAndWhy() {
        String id = "CN-DET-CANCEL";
        Declaration declaration = Declarations.builder().reference("EX-DET-CANCEL").carrier(Declarations.carrier())
                .build();
        commands.send(new DeclareConsignmentCommand(id, declaration), OFFICER);
        commands.send(new CancelDeclarationCommand(id, 1, "Declared twice by mistake"), OFFICER);

        await().untilAsserted(() -> assertThat(detailOf(id)).hasValueSatisfying(detail -> {
            assertThat(detail.status()).isEqualTo(ConsignmentStatus.CANCELLED);
            assertThat(detail.declaration().parties()).isEqualTo(declaration.parties());
            assertThat(detail.declaration().parties()).extracting(Declaration.RoledParty::role)
                    .containsExactly(PartyRole.DECLARANT, PartyRole.EXPORTER, PartyRole.CONSIGNEE, PartyRole.CARRIER);
            assertThat(detail.cancellation().reason()).isEqualTo("Declared twice by mistake");
            assertThat(detail.cancellation().recorded()).isEqualTo(new Recorded(OFFICER, detail.lastChangedAt()));
            assertThat(detail.release()).isNull();
        }));
        await().untilAsserted(() -> assertThat(timelineOf(id)).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(TimelineAction.CANCELLED);
            assertThat(entry.why()).isEqualTo("Declared twice by mistake");
            assertThat(entry.details()).containsEntry("status", "CANCELLED");
        }));
    }

    @Test
    void theTimelineSaysWhoDidWhatWhenAndWhy() {
        String id = releasedAfterASanctionsHold("DET-TIME").id();

        List<TimelineEntry> timeline = timelineOf(id);
        assertThat(timeline).extracting(TimelineEntry::action).containsExactly(TimelineAction.DECLARED,
                TimelineAction.SCREENED, TimelineAction.HOLD_PLACED, TimelineAction.HOLD_REVIEWED,
                TimelineAction.INSPECTION_STARTED, TimelineAction.FINDING_RECORDED,
                TimelineAction.INSPECTION_COMPLETED, TimelineAction.RELEASED);
        assertThat(timeline).extracting(TimelineEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(timeline).extracting(TimelineEntry::actor)
                .containsExactly(OFFICER, OFFICER, OFFICER, SUPERVISOR, OFFICER, OFFICER, OFFICER, OFFICER);
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.correlationId()).isNotBlank());
        assertThat(timeline).extracting(TimelineEntry::at).isSorted();

        assertThat(timeline.get(0).details()).containsEntry("reference", "EX-DET-TIME").containsEntry("destination", "RU");
        assertThat(timeline.get(1).details()).containsEntry("channel", "RED").containsEntry("trigger", "DECLARATION")
                .containsKey("listVersion").doesNotContainEntry("hitCount", "0");
        assertThat(timeline.get(2).details()).containsEntry("holdId", "AUTO-1")
                .containsEntry("reason", "SANCTIONS_MATCH").containsEntry("automatic", "true");
        assertThat(timeline.get(3).details()).containsEntry("holdId", "AUTO-1").containsEntry("decision", "LIFT")
                .containsEntry("reason", "FALSE_POSITIVE_MATCH").containsEntry("openHolds", "0");
        assertThat(timeline.get(3).why()).isEqualTo("Different company: registry extract checked, BIN differs");
        assertThat(timeline.get(4).why()).isEqualTo("Lane 4");
        assertThat(timeline.get(5).details()).containsEntry("finding", "Seals intact, goods as declared")
                .containsEntry("discrepancy", "false");
        assertThat(timeline.get(6).details()).containsEntry("outcome", "NO_DISCREPANCY");
        assertThat(timeline.get(7).why()).isEqualTo("Released at lane 4");
        assertThat(timelineOf("CN-UNKNOWN")).isEmpty();
    }

    @Test
    void redeliveredEventsChangeNeitherTable() {
        String id = releasedAfterASanctionsHold("DET-AGAIN").id();
        List<Map<String, Object>> details = jdbc.queryForList(ALL_DETAILS);
        List<Map<String, Object>> entries = jdbc.queryForList(ALL_ENTRIES);

        Projections.redeliver(eventStore, id, detailProjection);
        Projections.redeliver(eventStore, id, timelineProjection);

        assertThat(jdbc.queryForList(ALL_DETAILS)).isEqualTo(details);
        assertThat(jdbc.queryForList(ALL_ENTRIES)).isEqualTo(entries);
    }

    @Test
    void aResetProcessorRebuildsTheSameRowsForEachTable() {
        releasedAfterASanctionsHold("DET-REPLAY");
        for (String group : List.of(ConsignmentDetailProjection.PROCESSING_GROUP,
                ConsignmentTimelineProjection.PROCESSING_GROUP)) {
            assertThat(processing.eventProcessor(group, PooledStreamingEventProcessor.class)).isPresent();
            assertThat(processing.deadLetterQueue(group)).containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
        }

        Projections.assertThatARebuildGivesTheSameRows(processing, replay,
                ConsignmentDetailProjection.PROCESSING_GROUP, jdbc, ALL_DETAILS);
        Projections.assertThatARebuildGivesTheSameRows(processing, replay,
                ConsignmentTimelineProjection.PROCESSING_GROUP, jdbc, ALL_ENTRIES);
    }

    @Test
    void thePastIsWhatTheProjectionsShowedThen() {
        Story story = releasedAfterASanctionsHold("DET-ASOF");
        ConsignmentDetail held = story.held();
        ConsignmentDetail released = story.released();
        List<TimelineEntry> timeline = timelineOf(story.id());

        assertThat(asOf(story.id(), held.declaredAt().minusMillis(1))).isEmpty();
        assertThat(asOf("CN-UNKNOWN", Instant.now())).isEmpty();

        // Declared, screened RED and held automatically: what the supervisor saw before lifting the hold.
        ConsignmentAsOf whileHeld = asOf(story.id(), held.lastChangedAt()).orElseThrow();
        assertThat(whileHeld.detail()).isEqualTo(held);
        assertThat(whileHeld.timeline()).isEqualTo(story.heldTimeline());

        // Lifted, not yet inspected.
        Instant lifted = timeline.get(3).at();
        ConsignmentAsOf afterLift = asOf(story.id(), lifted).orElseThrow();
        assertThat(afterLift.timeline()).isEqualTo(timeline.subList(0, 4));
        assertThat(afterLift.detail().version()).isEqualTo(3);
        assertThat(afterLift.detail().holds().get(0).reviews()).hasSize(1);
        assertThat(afterLift.detail().inspections()).isEmpty();

        // What the officer saw when they released it.
        ConsignmentAsOf afterRelease = asOf(story.id(), released.lastChangedAt()).orElseThrow();
        assertThat(afterRelease.detail()).isEqualTo(released);
        assertThat(afterRelease.timeline()).isEqualTo(timeline);
        assertThat(asOf(story.id(), Instant.now()).orElseThrow().detail()).isEqualTo(released);
    }

    /** A consignment's detail while it was held by screening and after its release, with the timeline while held. */
    private record Story(String id, ConsignmentDetail held, List<TimelineEntry> heldTimeline,
                         ConsignmentDetail released) {
    }

    /** Declares a consignment bound for a denied party, lifts the automatic hold, inspects and releases it. */
    private Story releasedAfterASanctionsHold(String name) {
        String id = "CN-" + name;
        commands.send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-" + name)), OFFICER);
        await().untilAsserted(() -> {
            assertThat(detailOf(id)).hasValueSatisfying(held -> assertThat(held.version()).isEqualTo(2));
            assertThat(timelineOf(id)).hasSize(3);
        });
        ConsignmentDetail held = detailOf(id).orElseThrow();
        List<TimelineEntry> heldTimeline = timelineOf(id);
        Lifecycles.liftInspectAndRelease(commands, id);
        await().untilAsserted(() -> {
            assertThat(detailOf(id)).hasValueSatisfying(released -> assertThat(released.version()).isEqualTo(7));
            assertThat(timelineOf(id)).hasSize(8);
        });
        return new Story(id, held, heldTimeline, detailOf(id).orElseThrow());
    }

    private Optional<ConsignmentDetail> detailOf(String id) {
        return queries.query(new FetchConsignmentDetailQuery(id), ResponseTypes.optionalInstanceOf(ConsignmentDetail.class))
                .join();
    }

    private List<TimelineEntry> timelineOf(String id) {
        return queries.query(new FetchConsignmentTimelineQuery(id), ConsignmentTimeline.class).join().entries();
    }

    private Optional<ConsignmentAsOf> asOf(String id, Instant instant) {
        return queries.query(new FetchConsignmentAsOfQuery(id, instant), ResponseTypes.optionalInstanceOf(ConsignmentAsOf.class))
                .join();
    }
}
