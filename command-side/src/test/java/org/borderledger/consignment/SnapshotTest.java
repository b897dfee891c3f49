package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.ConsignmentFixture.GIVEN_AT;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.holdReviewed;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DECLARED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.RELEASED;
import static org.borderledger.consignment.api.HoldDecision.LIFT;
import static org.borderledger.consignment.api.HoldDecision.REFER;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.OTHER_AGENCY;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.messaging.MessagingConfiguration;
import org.borderledger.screening.RandomCheckPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A consignment restored from a snapshot decides exactly as one replayed from its events.
 *
 * <p>How: the snapshot is made the way the application makes it, by Axon's {@link AggregateSnapshotter}
 * replaying the stored events, and its payload goes through the serializer the event store uses
 * (a {@link JacksonSerializer} on {@link MessagingConfiguration#defaultAxonObjectMapper()}) and back.
 * Each behaviour test then runs twice: once from {@code fixture.given(events)} (replay) and once from
 * {@code fixture.givenState(() -> restored)}, with the same command and the same expected outcome.
 *
 * <p>{@code givenState} is the right tool for one command: the fixture keeps the restored instance in
 * a state-stored repository, so the command is decided purely from the restored fields (including
 * {@code lastChange}, which the version check reads). It is not a faithful tool for a chain of
 * commands: the fixture numbers events applied to a {@code givenState} aggregate from 0 instead of
 * continuing from the snapshot's sequence number, so a second command would meet a wrong version.
 * Each step of the hold review and release below therefore starts from a snapshot of the history up
 * to that step. The load path of production (snapshot plus the events stored after it, through an
 * {@link EventSourcingRepository}) is shown separately by
 * {@link #aSnapshotPlusTheEventsAfterItLoadsLikeTheWholeHistory()}.
 */
class SnapshotTest {

    /**
     * RED, inspected without discrepancy (cleared), then held twice: H-1 placed by SUPERVISOR, H-2 by
     * OTHER_OFFICER and referred to another agency by SUPERVISOR. Version 6, HELD.
     */
    private static final List<EventMessage<?>> TWO_HOLDS_ONE_REFERRED = followedBy(
            Situation.RED_INSPECTED_WITHOUT_DISCREPANCY.history(),
            holdPlaced(SUPERVISOR, "H-1", DOCUMENTS, CLEARED),
            holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, CLEARED),
            holdReviewed(SUPERVISOR, "H-2", OTHER_AGENCY, OTHER_OFFICER, REFER, 2, HELD));
    /** ... then H-1 lifted by OTHER_SUPERVISOR. Version 7, HELD. */
    private static final List<EventMessage<?>> ONE_LIFTED = followedBy(TWO_HOLDS_ONE_REFERRED,
            holdReviewed(OTHER_SUPERVISOR, "H-1", DOCUMENTS, SUPERVISOR, LIFT, 1, HELD));
    /** ... then H-2 lifted by SUPERVISOR. Version 8, CLEARED. */
    private static final List<EventMessage<?>> BOTH_LIFTED = followedBy(ONE_LIFTED,
            holdReviewed(SUPERVISOR, "H-2", OTHER_AGENCY, OTHER_OFFICER, LIFT, 0, CLEARED));

    private static final Serializer SNAPSHOT_SERIALIZER = JacksonSerializer.builder()
            .objectMapper(MessagingConfiguration.defaultAxonObjectMapper()).build();

    /** Where a fixture test starts: the same history, replayed or restored from its snapshot. */
    enum Start {
        REPLAYED_FROM_EVENTS {
            @Override
            TestExecutor<Consignment> given(FixtureConfiguration<Consignment> fixture, List<EventMessage<?>> history) {
                return fixture.givenCurrentTime(GIVEN_AT).andGiven(history);
            }
        },
        RESTORED_FROM_SNAPSHOT {
            @Override
            TestExecutor<Consignment> given(FixtureConfiguration<Consignment> fixture, List<EventMessage<?>> history) {
                // Taken before givenState: inside its unit of work the snapshotter would wait for the commit.
                Consignment restored = restored(snapshotOf(history));
                return fixture.givenState(() -> restored);
            }
        };

        abstract TestExecutor<Consignment> given(FixtureConfiguration<Consignment> fixture, List<EventMessage<?>> history);
    }

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    @Test
    void theSnapshotSurvivesTheEventStoresSerializerFieldForField() {
        DomainEventMessage<?> snapshot = snapshotOf(TWO_HOLDS_ONE_REFERRED);

        assertThat(snapshot.getSequenceNumber()).isEqualTo(versionOf(TWO_HOLDS_ONE_REFERRED));
        assertThat(restored(snapshot)).usingRecursiveComparison().isEqualTo(snapshot.getPayload());
    }

    /** Remembered decisions, open possible matches and what each hold stands for are part of the snapshot. */
    @Test
    void rememberedDecisionsSurviveTheSnapshot() {
        ScreeningHit.PartyHit possible = new ScreeningHit.PartyHit(PartyRole.EXPORTER, "Romashka Trade LLC", "US-SDN",
                "SDN-90001", "Romashka Trading LLC", "Romashka Trading LLC", "P", "NAME", 0.87, MatchBand.POSSIBLE,
                "ab".repeat(32), "romashka trade llc", List.of());
        ScreeningHit.PartyHit match = new ScreeningHit.PartyHit(PartyRole.CONSIGNEE, "ООО «Ромашка»", "US-SDN",
                "SDN-90002", "Romashka", "ООО Ромашка", "P", "NAME", 1.0, MatchBand.MATCH, "cd".repeat(32), "ооо «ромашка»", List.of());
        List<EventMessage<?>> history = List.of(
                by(OFFICER, new ConsignmentDeclaredEvent(ID, Declarations.valid(), DECLARED)),
                by(OFFICER, new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, ConsignmentFixture.LIST_VERSION,
                        List.of(possible, match), RED, false, null, RED, AWAITING_INSPECTION, AWAITING_INSPECTION,
                        new NameMatchThresholds(0.92, 0.8), List.of())),
                by(OFFICER, new HoldPlacedEvent(ID, "AUTO-1", SANCTIONS_MATCH, "Automatic", true, OFFICER.userId(),
                        AWAITING_INSPECTION, HELD)),
                holdReviewed(SUPERVISOR, "AUTO-1", SANCTIONS_MATCH, OFFICER, LIFT, 0, AWAITING_INSPECTION));
        DomainEventMessage<?> snapshot = snapshotOf(history);

        assertThat(restored(snapshot)).usingRecursiveComparison().isEqualTo(snapshot.getPayload());
        assertThat(snapshot.getPayload()).extracting("decisions").asString().contains("LIFTED", "SDN-90002");
        assertThat(snapshot.getPayload()).extracting("possibleMatches").asString().contains("SDN-90001");
    }

    @Test
    void aSnapshotPlusTheEventsAfterItLoadsLikeTheWholeHistory() {
        int snapshotVersion = (int) versionOf(TWO_HOLDS_ONE_REFERRED);
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        // Only the snapshot and the events after it are stored: the load cannot have replayed from the start.
        storage.storeSnapshot(new GenericDomainEventMessage<>("Consignment", ID, snapshotVersion,
                restored(snapshotOf(TWO_HOLDS_ONE_REFERRED))));
        storage.appendEvents(domainEvents(BOTH_LIFTED).subList(snapshotVersion + 1, BOTH_LIFTED.size()));
        EventSourcingRepository<Consignment> repository = EventSourcingRepository.builder(Consignment.class)
                .eventStore(EmbeddedEventStore.builder().storageEngine(storage).build())
                .parameterResolverFactory(parameterResolvers())
                .build();

        Consignment loaded = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> repository.load(ID).invoke(Function.identity())).getPayload();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(snapshotOf(BOTH_LIFTED).getPayload());
    }

    // ---- the same command, the same outcome ----

    @ParameterizedTest
    @EnumSource(Start.class)
    void aSupervisorLiftsOneOfTwoHoldsAndTheConsignmentStaysHeld(Start start) {
        start.given(fixture, TWO_HOLDS_ONE_REFERRED)
                .when(new ReviewHoldCommand(ID, 6, "H-1", LIFT, DecisionReason.DOCUMENTS_CORRECTED, "Invoice presented",
                        null), OTHER_SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", DOCUMENTS, SUPERVISOR.userId(), LIFT,
                        DecisionReason.DOCUMENTS_CORRECTED, "Invoice presented", "", 1, HELD));
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void theSupervisorWhoPlacedAHoldStillCannotDecideIt(Start start) {
        start.given(fixture, TWO_HOLDS_ONE_REFERRED)
                .when(new ReviewHoldCommand(ID, 6, "H-1", LIFT, DecisionReason.OTHER, "Mine", null),
                        SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES));
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void aReferredHoldStillBlocksTheRelease(Start start) {
        start.given(fixture, ONE_LIFTED)
                .when(new ReleaseConsignmentCommand(ID, 7, null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void liftingTheReferredHoldReturnsTheConsignmentToCleared(Start start) {
        start.given(fixture, ONE_LIFTED)
                .when(new ReviewHoldCommand(ID, 7, "H-2", LIFT, DecisionReason.LICENCE_PRESENTED, "Agency agreed", null),
                        SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-2", OTHER_AGENCY, OTHER_OFFICER.userId(), LIFT,
                        DecisionReason.LICENCE_PRESENTED, "Agency agreed", "", 0, CLEARED));
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void aDecidedHoldCannotBeDecidedAgain(Start start) {
        start.given(fixture, BOTH_LIFTED)
                .when(new ReviewHoldCommand(ID, 8, "H-1", HoldDecision.SEIZE, DecisionReason.OTHER, "Again", null),
                        OTHER_SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_ALREADY_DECIDED));
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void theClearedConsignmentIsReleasedInTheRedLane(Start start) {
        start.given(fixture, BOTH_LIFTED)
                .when(new ReleaseConsignmentCommand(ID, 8, "Seal MSKU-77"), OFFICER.asMetaData())
                .expectEvents(new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, RED, "Seal MSKU-77", RELEASED));
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void aStaleCommandHearsWhoChangedTheConsignmentAndWhenInTheSameWords(Start start) {
        start.given(fixture, BOTH_LIFTED)
                .when(new ReleaseConsignmentCommand(ID, 6, null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.STALE_VERSION, rejection -> assertThat(rejection.getMessage())
                        .isEqualTo("This consignment changed after you opened it: " + SUPERVISOR.userId()
                                + " (SUPERVISOR, Kurmangazy) decided hold H-2 (LIFT) at " + GIVEN_AT
                                + ". Reload the consignment to see the change, then decide again.")));
    }

    // ---- making and reading snapshots ----

    /** The snapshot Axon's snapshotter makes of {@code history}, stored as the given events were (at GIVEN_AT). */
    private static DomainEventMessage<?> snapshotOf(List<EventMessage<?>> history) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        storage.appendEvents(domainEvents(history));
        AggregateSnapshotter.builder()
                .eventStore(EmbeddedEventStore.builder().storageEngine(storage).build())
                .aggregateFactories(new GenericAggregateFactory<>(Consignment.class))
                .parameterResolverFactory(parameterResolvers())
                .build()
                .scheduleSnapshot(Consignment.class, ID);
        return storage.readSnapshot(ID).orElseThrow(() -> new AssertionError("no snapshot was taken"));
    }

    /** The snapshot's aggregate as the event store gives it back: through the JSON serializer and back. */
    private static Consignment restored(DomainEventMessage<?> snapshot) {
        SerializedObject<byte[]> stored = SNAPSHOT_SERIALIZER.serialize(snapshot.getPayload(), byte[].class);
        return SNAPSHOT_SERIALIZER.deserialize(stored);
    }

    private static List<DomainEventMessage<?>> domainEvents(List<EventMessage<?>> history) {
        return IntStream.range(0, history.size())
                .<DomainEventMessage<?>>mapToObj(i -> new GenericDomainEventMessage<>("Consignment", ID, i,
                        history.get(i).getPayload(), history.get(i).getMetaData(), history.get(i).getIdentifier(),
                        GIVEN_AT))
                .toList();
    }

    /** What Axon needs to inspect the aggregate outside the fixture: the Actor resolver and the command handlers' resources. */
    private static ParameterResolverFactory parameterResolvers() {
        return MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Consignment.class),
                new SimpleResourceParameterResolverFactory(List.of(ConsignmentFixture.screening(RandomCheckPolicy.NONE),
                        new ConsignmentFixture.InMemoryDeclarationReferences())));
    }
}
