package org.borderledger.consignment;

import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.INSPECTION_ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.inspectionStarted;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.Channel.YELLOW;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCREPANCY_FOUND;
import static org.borderledger.consignment.api.ConsignmentStatus.UNDER_INSPECTION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.DocumentCheckRecordedEvent;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checks of a channel: the document check of YELLOW, the physical inspection of RED (or of any lane, by choice). */
class DocumentCheckAndInspectionTest {

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    // ---- RecordDocumentCheck ----

    @Test
    void documentCheckInOrderClearsAYellowConsignment() {
        fixture.given(declared(YELLOW))
                .when(new RecordDocumentCheckCommand(ID, 1, DocumentCheckOutcome.IN_ORDER, "Invoice and licence seen"),
                        OFFICER.asMetaData())
                .expectEvents(new DocumentCheckRecordedEvent(ID, DocumentCheckOutcome.IN_ORDER,
                        "Invoice and licence seen", CLEARED));
    }

    @Test
    void documentCheckNotInOrderRecordsADiscrepancy() {
        fixture.given(declared(YELLOW))
                .when(new RecordDocumentCheckCommand(ID, 1, DocumentCheckOutcome.NOT_IN_ORDER, "Invoice missing"),
                        SUPERVISOR.asMetaData())
                .expectEvents(new DocumentCheckRecordedEvent(ID, DocumentCheckOutcome.NOT_IN_ORDER, "Invoice missing",
                        DISCREPANCY_FOUND));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, mode = EXCLUDE, names = "YELLOW_AWAITING_DOCUMENT_CHECK")
    void documentCheckIsRefusedUnlessTheDocumentsAwaitIt(Situation situation) {
        fixture.given(situation.history())
                .when(new RecordDocumentCheckCommand(ID, situation.version(), DocumentCheckOutcome.IN_ORDER, null),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("awaiting document check"));
    }

    // ---- StartInspection ----

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"RED_AWAITING_INSPECTION", "YELLOW_AWAITING_DOCUMENT_CHECK",
            "GREEN_CLEARED", "YELLOW_DOCUMENTS_IN_ORDER", "RED_INSPECTED_WITHOUT_DISCREPANCY",
            "YELLOW_DOCUMENTS_NOT_IN_ORDER", "RED_INSPECTED_WITH_DISCREPANCY"})
    void inspectionStartsFromAnyAwaitingClearedOrDiscrepancyStatusAndMovesToRed(Situation situation) {
        fixture.given(situation.history())
                .when(new StartInspectionCommand(ID, situation.version(), "INS-2", "Scanner image unclear"),
                        OFFICER.asMetaData())
                .expectEvents(new InspectionStartedEvent(ID, "INS-2", "Scanner image unclear", RED, UNDER_INSPECTION));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"RED_UNDER_INSPECTION", "RED_HELD"})
    void inspectionCannotStartWhileUnderInspectionOrHeld(Situation situation) {
        fixture.given(situation.history())
                .when(new StartInspectionCommand(ID, situation.version(), "INS-2", null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION));
    }

    // ---- RecordFinding ----

    @Test
    void findingOnADeclaredGoodsLineIsNumberedWithinTheInspection() {
        fixture.given(Situation.RED_UNDER_INSPECTION.history())
                .when(new RecordFindingCommand(ID, 2, 1, true, "200 pieces more than declared"), OFFICER.asMetaData())
                .expectEvents(new FindingRecordedEvent(ID, INSPECTION_ID, 1, 1, true, "200 pieces more than declared",
                        UNDER_INSPECTION));
    }

    @Test
    void findingOnTheWholeConsignmentNeedsNoLineAndTheNumberCountsOn() {
        List<EventMessage<?>> oneFinding = followedBy(Situation.RED_UNDER_INSPECTION.history(),
                by(OFFICER, new FindingRecordedEvent(ID, INSPECTION_ID, 1, 1, false, "As declared", UNDER_INSPECTION)));

        fixture.given(oneFinding)
                .when(new RecordFindingCommand(ID, versionOf(oneFinding), null, false, "Seals intact"),
                        OFFICER.asMetaData())
                .expectEvents(new FindingRecordedEvent(ID, INSPECTION_ID, 2, null, false, "Seals intact",
                        UNDER_INSPECTION));
    }

    @Test
    void findingsOfANewInspectionAreNumberedFromOne() {
        List<EventMessage<?>> secondInspection = followedBy(Situation.RED_INSPECTED_WITH_DISCREPANCY.history(),
                by(OFFICER, new InspectionStartedEvent(ID, "INS-2", "", RED, UNDER_INSPECTION)));

        fixture.given(secondInspection)
                .when(new RecordFindingCommand(ID, versionOf(secondInspection), 1, false, "Recounted: as declared"),
                        OFFICER.asMetaData())
                .expectEvents(new FindingRecordedEvent(ID, "INS-2", 1, 1, false, "Recounted: as declared",
                        UNDER_INSPECTION));
    }

    @Test
    void findingOnALineThatTheDeclarationDoesNotHaveIsRefused() {
        fixture.given(Situation.RED_UNDER_INSPECTION.history())
                .when(new RecordFindingCommand(ID, 2, 2, true, "Undeclared pallet"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.INVALID_INPUT))
                .expectExceptionMessage(containsString("no goods line 2"));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, mode = EXCLUDE, names = "RED_UNDER_INSPECTION")
    void findingIsRefusedUnlessUnderInspection(Situation situation) {
        fixture.given(situation.history())
                .when(new RecordFindingCommand(ID, situation.version(), 1, true, "Undeclared goods"),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION));
    }

    // ---- CompleteInspection ----

    @Test
    void inspectionCompletedWithoutDiscrepancyClearsTheConsignment() {
        fixture.given(Situation.RED_UNDER_INSPECTION.history())
                .when(new CompleteInspectionCommand(ID, 2, InspectionOutcome.NO_DISCREPANCY, "As declared"),
                        OFFICER.asMetaData())
                .expectEvents(new InspectionCompletedEvent(ID, INSPECTION_ID, InspectionOutcome.NO_DISCREPANCY, 0,
                        "As declared", CLEARED));
    }

    @Test
    void inspectionCompletedWithoutDiscrepancyCountsFindingsThatAreNotDiscrepancies() {
        List<EventMessage<?>> finding = followedBy(Situation.RED_UNDER_INSPECTION.history(),
                by(OFFICER, new FindingRecordedEvent(ID, INSPECTION_ID, 1, 1, false, "As declared", UNDER_INSPECTION)));

        fixture.given(finding)
                .when(new CompleteInspectionCommand(ID, versionOf(finding), InspectionOutcome.NO_DISCREPANCY, null),
                        OFFICER.asMetaData())
                .expectEvents(new InspectionCompletedEvent(ID, INSPECTION_ID, InspectionOutcome.NO_DISCREPANCY, 1, "",
                        CLEARED));
    }

    @Test
    void inspectionCompletedWithADiscrepancyLeavesADiscrepancyFound() {
        List<EventMessage<?>> finding = followedBy(Situation.RED_UNDER_INSPECTION.history(),
                by(OFFICER, new FindingRecordedEvent(ID, INSPECTION_ID, 1, 1, true, "Extra pallet", UNDER_INSPECTION)));

        fixture.given(finding)
                .when(new CompleteInspectionCommand(ID, versionOf(finding), InspectionOutcome.DISCREPANCY, "Extra pallet"),
                        OFFICER.asMetaData())
                .expectEvents(new InspectionCompletedEvent(ID, INSPECTION_ID, InspectionOutcome.DISCREPANCY, 1,
                        "Extra pallet", DISCREPANCY_FOUND));
    }

    @Test
    void inspectionCannotBeCompletedWithoutDiscrepancyWhenOneOfItsFindingsIsOne() {
        List<EventMessage<?>> discrepancy = followedBy(Situation.RED_UNDER_INSPECTION.history(),
                by(OFFICER, new FindingRecordedEvent(ID, INSPECTION_ID, 1, 1, true, "Extra pallet", UNDER_INSPECTION)),
                by(OFFICER, new FindingRecordedEvent(ID, INSPECTION_ID, 2, null, false, "Seals intact", UNDER_INSPECTION)));

        fixture.given(discrepancy)
                .when(new CompleteInspectionCommand(ID, versionOf(discrepancy), InspectionOutcome.NO_DISCREPANCY, null),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.DISCREPANCY_RECORDED));
    }

    @Test
    void discrepancyOfAnEarlierInspectionDoesNotBindTheNextOne() {
        List<EventMessage<?>> reinspected = followedBy(Situation.RED_INSPECTED_WITH_DISCREPANCY.history(),
                by(OFFICER, new InspectionStartedEvent(ID, "INS-2", "", RED, UNDER_INSPECTION)));

        fixture.given(reinspected)
                .when(new CompleteInspectionCommand(ID, versionOf(reinspected), InspectionOutcome.NO_DISCREPANCY, null),
                        SUPERVISOR.asMetaData())
                .expectEvents(new InspectionCompletedEvent(ID, "INS-2", InspectionOutcome.NO_DISCREPANCY, 0, "",
                        CLEARED));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, mode = EXCLUDE, names = "RED_UNDER_INSPECTION")
    void completionIsRefusedUnlessUnderInspection(Situation situation) {
        fixture.given(situation.history())
                .when(new CompleteInspectionCommand(ID, situation.version(), InspectionOutcome.DISCREPANCY, null),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anInspectionStartedOnAYellowConsignmentIsCompletedLikeAnyOther() {
        List<EventMessage<?>> yellowInspected = followedBy(declared(YELLOW), inspectionStarted());

        fixture.given(yellowInspected)
                .when(new CompleteInspectionCommand(ID, versionOf(yellowInspected), InspectionOutcome.NO_DISCREPANCY, null),
                        OFFICER.asMetaData())
                .expectEvents(new InspectionCompletedEvent(ID, INSPECTION_ID, InspectionOutcome.NO_DISCREPANCY, 0, "",
                        CLEARED));
    }
}
