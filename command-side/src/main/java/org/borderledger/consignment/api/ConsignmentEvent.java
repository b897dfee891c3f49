package org.borderledger.consignment.api;

/**
 * A fact about one consignment. Every event says the status the consignment is in after it. Sealed,
 * in lifecycle order, so that whoever lists or handles every kind of event (the auditor's filters,
 * the projections) is told by the compiler when a kind is added.
 */
public sealed interface ConsignmentEvent permits ConsignmentDeclaredEvent, ConsignmentScreenedEvent, DeclarationAmendedEvent,
        PossibleMatchConfirmedEvent, PossibleMatchDismissedEvent, ReexportDecidedEvent, DocumentCheckRecordedEvent, InspectionStartedEvent,
        FindingRecordedEvent, InspectionCompletedEvent, HoldPlacedEvent, HoldReviewedEvent, ConsignmentReleasedEvent,
        TransitDepartedEvent, TransitOverdueEvent, TransitArrivalRecordedEvent, TransitDischargedEvent,
        DeclarationCancelledEvent {
    String consignmentId();

    ConsignmentStatus status();
}
