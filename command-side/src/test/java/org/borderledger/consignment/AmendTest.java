package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.ConsignmentFixture.BANNED_CAR_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.GREEN_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.THRESHOLDS;
import static org.borderledger.consignment.ConsignmentFixture.LIST_VERSION;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.SANCTIONED_CONSIGNEE_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.YELLOW_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.payloads;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.screened;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.Channel.YELLOW;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.UNDER_INSPECTION;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

import java.util.List;
import java.util.Locale;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.ContainerNumber;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.Transport;
import org.borderledger.consignment.api.TransportMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Amending a declaration: not while the goods are under inspection, same declarant and reference,
 * screened again; the checks of the channel start again and the channel never goes down.
 */
class AmendTest {

    private static final Transport OTHER_TRUCK = new Transport(TransportMode.ROAD, "456 DEF 02",
            List.of(ContainerNumber.of(Declarations.CONTAINER)));
    private static final Declaration GREEN_BY_OTHER_TRUCK = Declarations.builder(GREEN_DECLARATION)
            .transport(OTHER_TRUCK).build();
    private static final String REASON = "Truck replaced after a breakdown";

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    @Test
    void aCleanAmendmentIsScreenedAgainAndNamesWhatChanged() {
        fixture.given(declared(GREEN))
                .when(new AmendDeclarationCommand(ID, 1, GREEN_BY_OTHER_TRUCK, REASON), OFFICER.asMetaData())
                .expectEvents(new DeclarationAmendedEvent(ID, GREEN_BY_OTHER_TRUCK, List.of("transport"), REASON, CLEARED),
                        screened(ScreeningTrigger.AMENDMENT, GREEN, GREEN, CLEARED, CLEARED));
    }

    @Test
    void theDocumentsOfAYellowConsignmentAreCheckedAgainAndTheChannelIsNotLowered() {
        fixture.given(Situation.YELLOW_DOCUMENTS_IN_ORDER.history())
                .when(new AmendDeclarationCommand(ID, 2, GREEN_DECLARATION, REASON), SUPERVISOR.asMetaData())
                .expectEvents(new DeclarationAmendedEvent(ID, GREEN_DECLARATION, List.of("countryOfDestination", "goods"),
                                REASON, AWAITING_DOCUMENT_CHECK),
                        new ConsignmentScreenedEvent(ID, ScreeningTrigger.AMENDMENT, LIST_VERSION, List.of(), GREEN, false,
                                YELLOW, YELLOW, AWAITING_DOCUMENT_CHECK, AWAITING_DOCUMENT_CHECK, THRESHOLDS, List.of()));
    }

    @Test
    void aRedConsignmentAmendedIntoHarmlessGoodsIsStillInspected() {
        fixture.given(Situation.RED_INSPECTED_WITHOUT_DISCREPANCY.history())
                .when(new AmendDeclarationCommand(ID, 3, GREEN_DECLARATION, REASON), OFFICER.asMetaData())
                .expectEvents(new DeclarationAmendedEvent(ID, GREEN_DECLARATION, List.of("countryOfDestination", "goods"),
                                REASON, AWAITING_INSPECTION),
                        new ConsignmentScreenedEvent(ID, ScreeningTrigger.AMENDMENT, LIST_VERSION, List.of(), GREEN, false,
                                RED, RED, AWAITING_INSPECTION, AWAITING_INSPECTION, THRESHOLDS, List.of()));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, mode = EXCLUDE, names = {"RED_UNDER_INSPECTION", "RED_HELD"})
    void everyOpenConsignmentNotUnderInspectionIsAmendedAndAwaitsTheChecksOfItsChannelAgain(Situation situation) {
        ConsignmentStatus awaiting = ConsignmentStatus.awaiting(situation.channel());
        fixture.given(situation.history())
                .when(new AmendDeclarationCommand(ID, situation.version(), GREEN_BY_OTHER_TRUCK, REASON),
                        OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(0)).isInstanceOfSatisfying(DeclarationAmendedEvent.class, amended -> {
                        assertThat(amended.declaration()).isEqualTo(GREEN_BY_OTHER_TRUCK);
                        assertThat(amended.changedParts()).contains("transport");
                        assertThat(amended.status()).isEqualTo(awaiting);
                    });
                    assertThat(events.get(1)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.trigger()).isEqualTo(ScreeningTrigger.AMENDMENT);
                        assertThat(screened.screenedChannel()).isEqualTo(GREEN);
                        assertThat(screened.previousChannel()).isEqualTo(situation.channel());
                        assertThat(screened.channel()).isEqualTo(situation.channel());
                        assertThat(screened.clearance()).isEqualTo(awaiting);
                        assertThat(screened.status()).isEqualTo(awaiting);
                    });
                }));
    }

    @Test
    void anAmendmentThatAddsAMonitoredGoodRaisesTheChannel() {
        fixture.given(declared(GREEN))
                .when(new AmendDeclarationCommand(ID, 1, YELLOW_DECLARATION, "Bearings added"), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(0)).isInstanceOfSatisfying(DeclarationAmendedEvent.class,
                            amended -> assertThat(amended.changedParts()).containsExactly("countryOfDestination", "goods"));
                    assertThat(events.get(1)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(ScreeningHit.GoodsHit.class,
                                hit -> assertThat(hit.measure()).isEqualTo(Measure.MONITOR));
                        assertThat(screened.previousChannel()).isEqualTo(GREEN);
                        assertThat(screened.channel()).isEqualTo(YELLOW);
                        assertThat(screened.status()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                    });
                }));
    }

    @Test
    void anAmendmentThatAddsABannedGoodHoldsTheGoodsInTheNameOfWhoeverAmended() {
        fixture.given(declared(GREEN))
                .when(new AmendDeclarationCommand(ID, 1, BANNED_CAR_DECLARATION, "Cars instead of shirts"),
                        OTHER_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(3);
                    assertThat(events.get(1)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.channel()).isEqualTo(RED);
                        assertThat(screened.status()).isEqualTo(AWAITING_INSPECTION);
                    });
                    assertThat(events.get(2)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.holdId()).isEqualTo("AUTO-1");
                        assertThat(hold.automatic()).isTrue();
                        assertThat(hold.reason()).isEqualTo(HoldReason.CONTROLLED_GOODS);
                        assertThat(hold.placedBy()).isEqualTo(OTHER_OFFICER.userId());
                        assertThat(hold.statusBeforeHold()).isEqualTo(AWAITING_INSPECTION);
                        assertThat(hold.status()).isEqualTo(HELD);
                    });
                }));
    }

    // ---- while held ----

    @Test
    void aHeldConsignmentStaysHeldAndItsChecksStartAgainOnceTheHoldsAreDecided() {
        List<EventMessage<?>> clearedThenHeld = followedBy(Situation.YELLOW_DOCUMENTS_IN_ORDER.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED));

        fixture.given(clearedThenHeld)
                .when(new AmendDeclarationCommand(ID, 3, GREEN_DECLARATION, REASON), OFFICER.asMetaData())
                .expectEvents(new DeclarationAmendedEvent(ID, GREEN_DECLARATION, List.of("countryOfDestination", "goods"),
                                REASON, HELD),
                        new ConsignmentScreenedEvent(ID, ScreeningTrigger.AMENDMENT, LIST_VERSION, List.of(), GREEN, false,
                                YELLOW, YELLOW, AWAITING_DOCUMENT_CHECK, HELD, THRESHOLDS, List.of()));
    }

    @Test
    void liftingTheHoldAfterAnAmendmentReturnsToTheRestartedChecksNotToTheEarlierClearance() {
        List<EventMessage<?>> amendedWhileHeld = followedBy(Situation.YELLOW_DOCUMENTS_IN_ORDER.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED),
                by(OFFICER, new DeclarationAmendedEvent(ID, GREEN_DECLARATION, List.of("countryOfDestination", "goods"),
                        REASON, HELD)),
                by(OFFICER, new ConsignmentScreenedEvent(ID, ScreeningTrigger.AMENDMENT, LIST_VERSION, List.of(), GREEN,
                        false, YELLOW, YELLOW, AWAITING_DOCUMENT_CHECK, HELD, THRESHOLDS, List.of())));

        fixture.given(amendedWhileHeld)
                .when(new ReviewHoldCommand(ID, versionOf(amendedWhileHeld), "H-1", HoldDecision.LIFT,
                        DecisionReason.DOCUMENTS_CORRECTED, "Amended", null), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", DOCUMENTS, OFFICER.userId(), HoldDecision.LIFT,
                        DecisionReason.DOCUMENTS_CORRECTED, "Amended", "", 0, AWAITING_DOCUMENT_CHECK));
    }

    @Test
    void anAmendmentDoesNotPlaceASecondAutomaticHoldWhileOneIsOpen() {
        Declaration otherTruck = Declarations.builder(SANCTIONED_CONSIGNEE_DECLARATION).transport(OTHER_TRUCK).build();

        fixture.given(automaticallyHeld(SANCTIONED_CONSIGNEE_DECLARATION))
                .when(new AmendDeclarationCommand(ID, 2, otherTruck, REASON), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(1)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.hits()).anySatisfy(
                                hit -> assertThat(hit).isInstanceOf(ScreeningHit.PartyHit.class));
                        assertThat(screened.status()).isEqualTo(HELD);
                        assertThat(screened.clearance()).isEqualTo(AWAITING_INSPECTION);
                    });
                }));
    }

    @Test
    void amendingTheSanctionedPartyAwayDoesNotEndTheAutomaticHold() {
        Declaration otherConsignee = Declarations.builder(SANCTIONED_CONSIGNEE_DECLARATION)
                .consignee(Declarations.consignee()).build();

        fixture.given(automaticallyHeld(SANCTIONED_CONSIGNEE_DECLARATION))
                .when(new AmendDeclarationCommand(ID, 2, otherConsignee, "Consignee corrected"), OFFICER.asMetaData())
                .expectEvents(new DeclarationAmendedEvent(ID, otherConsignee, List.of("consignee"), "Consignee corrected",
                                HELD),
                        new ConsignmentScreenedEvent(ID, ScreeningTrigger.AMENDMENT, LIST_VERSION, List.of(), GREEN, false,
                                RED, RED, AWAITING_INSPECTION, HELD, THRESHOLDS, List.of()));
    }

    // ---- refusals ----

    @Test
    void aDeclarationUnderInspectionIsNotAmended() {
        fixture.given(Situation.RED_UNDER_INSPECTION.history())
                .when(new AmendDeclarationCommand(ID, 2, redByOtherTruck(), REASON), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aDeclarationHeldDuringAnInspectionIsStillUnderInspectionAndNotAmended() {
        List<EventMessage<?>> heldDuringInspection = followedBy(Situation.RED_UNDER_INSPECTION.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, UNDER_INSPECTION));

        fixture.given(heldDuringInspection)
                .when(new AmendDeclarationCommand(ID, versionOf(heldDuringInspection), redByOtherTruck(), REASON),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anAmendmentKeepsTheReference() {
        fixture.given(declared(GREEN))
                .when(new AmendDeclarationCommand(ID, 1, Declarations.withReference("EX-2025-000999"), REASON),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.DECLARATION_IDENTITY_CHANGED));
    }

    @Test
    void anAmendmentKeepsTheDeclarant() {
        fixture.given(declared(GREEN))
                .when(new AmendDeclarationCommand(ID, 1,
                        Declarations.withDeclarant(Declarations.party("Other Broker Example", "KZ")), REASON),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.DECLARATION_IDENTITY_CHANGED));
    }

    @Test
    void aReferenceWrittenInOtherLetterCaseIsTheSameReference() {
        Declaration lowerCase = Declarations.builder(GREEN_DECLARATION)
                .reference(Declarations.REFERENCE.toLowerCase(Locale.ROOT)).build();

        fixture.given(declared(GREEN))
                .when(new AmendDeclarationCommand(ID, 1, lowerCase, "Reference as printed"), OFFICER.asMetaData())
                .expectEvents(new DeclarationAmendedEvent(ID, lowerCase, List.of("reference"), "Reference as printed",
                                CLEARED),
                        screened(ScreeningTrigger.AMENDMENT, GREEN, GREEN, CLEARED, CLEARED));
    }

    private static Declaration redByOtherTruck() {
        return Declarations.builder(ConsignmentFixture.RED_DECLARATION).transport(OTHER_TRUCK).build();
    }

    /** Declared by OFFICER, screened RED and held automatically (AUTO-1) on a sanctions match; version 2. */
    private static List<EventMessage<?>> automaticallyHeld(Declaration declaration) {
        return followedBy(declared(declaration, RED), by(OFFICER, new HoldPlacedEvent(ID, "AUTO-1", SANCTIONS_MATCH,
                "Automatic hold by screening", true, OFFICER.userId(), AWAITING_INSPECTION, HELD)));
    }
}
