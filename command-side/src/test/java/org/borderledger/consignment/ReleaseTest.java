package org.borderledger.consignment;

import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.heldBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.holdReviewed;
import static org.borderledger.consignment.ConsignmentFixture.inspectionStarted;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCREPANCY_FOUND;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.RELEASED;
import static org.borderledger.consignment.api.HoldDecision.LIFT;
import static org.borderledger.consignment.api.HoldDecision.REFER;
import static org.borderledger.consignment.api.HoldReason.DISCREPANCY;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.OTHER_AGENCY;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Release: only a cleared consignment with no hold open; the release records the lane it went through. */
class ReleaseTest {

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class,
            names = {"GREEN_CLEARED", "YELLOW_DOCUMENTS_IN_ORDER", "RED_INSPECTED_WITHOUT_DISCREPANCY"})
    void aClearedConsignmentIsReleasedInItsLane(Situation situation) {
        fixture.given(situation.history())
                .when(new ReleaseConsignmentCommand(ID, situation.version(), "Seal MSKU-77"), OFFICER.asMetaData())
                .expectEvents(new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, situation.channel(), "Seal MSKU-77",
                        RELEASED));
    }

    @Test
    void aGreenConsignmentThatWasInspectedAnywayIsReleasedAsRed() {
        List<EventMessage<?>> inspected = followedBy(declared(GREEN), inspectionStarted(),
                by(OFFICER, new InspectionCompletedEvent(ID, "INS-1", InspectionOutcome.NO_DISCREPANCY, 0, "", CLEARED)));

        fixture.given(inspected)
                .when(new ReleaseConsignmentCommand(ID, versionOf(inspected), null), SUPERVISOR.asMetaData())
                .expectEvents(new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, RED, "", RELEASED));
    }

    @Test
    void aDiscrepancyWeighedByASupervisorWhoLiftedTheHoldIsReleased() {
        List<EventMessage<?>> weighed = followedBy(Situation.RED_INSPECTED_WITH_DISCREPANCY.history(),
                holdPlaced(OFFICER, "H-1", DISCREPANCY, DISCREPANCY_FOUND),
                holdReviewed(SUPERVISOR, "H-1", DISCREPANCY, OFFICER, LIFT, 0, CLEARED));

        fixture.given(weighed)
                .when(new ReleaseConsignmentCommand(ID, versionOf(weighed), null), OFFICER.asMetaData())
                .expectEvents(new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, RED, "", RELEASED));
    }

    @Test
    void aConsignmentIsReleasedOnceEveryHoldIsLifted() {
        List<EventMessage<?>> allLifted = followedBy(Situation.GREEN_CLEARED.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED),
                holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, CLEARED),
                holdReviewed(SUPERVISOR, "H-2", OTHER_AGENCY, OTHER_OFFICER, LIFT, 1, HELD),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 0, CLEARED));

        fixture.given(allLifted)
                .when(new ReleaseConsignmentCommand(ID, versionOf(allLifted), null), OFFICER.asMetaData())
                .expectEvents(new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, GREEN, "", RELEASED));
    }

    // ---- HOLD_OPEN ----

    @Test
    void aHeldConsignmentIsNotReleasedNamingTheOpenHold() {
        fixture.given(heldBy(OFFICER, "AUTO-1", SANCTIONS_MATCH, true))
                .when(new ReleaseConsignmentCommand(ID, 2, null), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN))
                .expectExceptionMessage(containsString("AUTO-1 (SANCTIONS_MATCH)"));
    }

    @Test
    void aClearedConsignmentWithAHoldOpenIsNotReleased() {
        List<EventMessage<?>> clearedButHeld = followedBy(Situation.GREEN_CLEARED.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED));

        fixture.given(clearedButHeld)
                .when(new ReleaseConsignmentCommand(ID, versionOf(clearedButHeld), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    @Test
    void aConsignmentWithOneOfTwoHoldsLiftedIsNotReleased() {
        List<EventMessage<?>> oneLeft = followedBy(Situation.GREEN_CLEARED.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED),
                holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, CLEARED),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 1, HELD));

        fixture.given(oneLeft)
                .when(new ReleaseConsignmentCommand(ID, versionOf(oneLeft), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN))
                .expectExceptionMessage(containsString("H-2"));
    }

    @Test
    void aConsignmentWhoseHoldWasReferredIsNotReleased() {
        List<EventMessage<?>> referred = followedBy(Situation.GREEN_CLEARED.history(),
                holdPlaced(OFFICER, "H-1", OTHER_AGENCY, CLEARED),
                holdReviewed(SUPERVISOR, "H-1", OTHER_AGENCY, OFFICER, REFER, 1, HELD));

        fixture.given(referred)
                .when(new ReleaseConsignmentCommand(ID, versionOf(referred), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    // ---- NOT_CLEARED ----

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"YELLOW_AWAITING_DOCUMENT_CHECK", "YELLOW_DOCUMENTS_NOT_IN_ORDER",
            "RED_AWAITING_INSPECTION", "RED_UNDER_INSPECTION", "RED_INSPECTED_WITH_DISCREPANCY"})
    void aConsignmentThatIsNotClearedIsNotReleased(Situation situation) {
        fixture.given(situation.history())
                .when(new ReleaseConsignmentCommand(ID, situation.version(), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.NOT_CLEARED));
    }

    @Test
    void liftingAHoldOnAConsignmentAwaitingInspectionDoesNotClearIt() {
        List<EventMessage<?>> lifted = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 0, AWAITING_INSPECTION));

        fixture.given(lifted)
                .when(new ReleaseConsignmentCommand(ID, versionOf(lifted), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.NOT_CLEARED))
                .expectExceptionMessage(containsString("awaiting inspection"));
    }
}
