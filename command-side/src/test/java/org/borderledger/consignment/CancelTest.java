package org.borderledger.consignment;

import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.heldBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.holdReviewed;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CANCELLED;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.HoldDecision.LIFT;
import static org.borderledger.consignment.api.HoldDecision.REFER;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.OTHER_AGENCY;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.RejectionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cancelling a declaration: only before any inspection has started and with no hold open. */
class CancelTest {

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"GREEN_CLEARED", "YELLOW_AWAITING_DOCUMENT_CHECK",
            "YELLOW_DOCUMENTS_IN_ORDER", "YELLOW_DOCUMENTS_NOT_IN_ORDER", "RED_AWAITING_INSPECTION"})
    void aDeclarationIsCancelledBeforeAnyInspection(Situation situation) {
        fixture.given(situation.history())
                .when(new CancelDeclarationCommand(ID, situation.version(), "Sale fell through"), OFFICER.asMetaData())
                .expectEvents(new DeclarationCancelledEvent(ID, Declarations.REFERENCE, "Sale fell through", CANCELLED));
    }

    @Test
    void aDeclarationIsCancelledOnceItsHoldsAreLifted() {
        List<EventMessage<?>> lifted = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 0, AWAITING_INSPECTION));

        fixture.given(lifted)
                .when(new CancelDeclarationCommand(ID, versionOf(lifted), "Sale fell through"), SUPERVISOR.asMetaData())
                .expectEvents(new DeclarationCancelledEvent(ID, Declarations.REFERENCE, "Sale fell through", CANCELLED));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"RED_UNDER_INSPECTION", "RED_INSPECTED_WITHOUT_DISCREPANCY",
            "RED_INSPECTED_WITH_DISCREPANCY"})
    void aDeclarationIsNotCancelledOnceAnInspectionHasStarted(Situation situation) {
        fixture.given(situation.history())
                .when(new CancelDeclarationCommand(ID, situation.version(), "Sale fell through"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aDeclarationIsNotCancelledWhileAHoldIsOpen() {
        fixture.given(Situation.RED_HELD.history())
                .when(new CancelDeclarationCommand(ID, Situation.RED_HELD.version(), "Sale fell through"),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    @Test
    void aDeclarationIsNotCancelledWhileAnAutomaticHoldIsOpen() {
        fixture.given(heldBy(OFFICER, "AUTO-1", SANCTIONS_MATCH, true))
                .when(new CancelDeclarationCommand(ID, 2, "Sale fell through"), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    @Test
    void aDeclarationIsNotCancelledWhileAReferredHoldIsOpen() {
        List<EventMessage<?>> referred = followedBy(Situation.GREEN_CLEARED.history(),
                holdPlaced(OFFICER, "H-1", OTHER_AGENCY, CLEARED),
                holdReviewed(SUPERVISOR, "H-1", OTHER_AGENCY, OFFICER, REFER, 1, HELD));

        fixture.given(referred)
                .when(new CancelDeclarationCommand(ID, versionOf(referred), "Sale fell through"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }
}
