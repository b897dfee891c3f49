package org.borderledger.web.consignments;

import static org.borderledger.consignment.api.ConsignmentAction.COMPLETE_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentAction.RECORD_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentAction.RECORD_FINDING;
import static org.borderledger.consignment.api.ConsignmentAction.RELEASE;
import static org.borderledger.consignment.api.ConsignmentAction.START_INSPECTION;

import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.detail.api.ConsignmentDetail;

/**
 * The actions the detail page offers: those the consignment's state allows to a person who may act
 * on it (officers and supervisors of its border post), by the domain's
 * {@link org.borderledger.consignment.api.ConsignmentAction} for its status, so that no form is offered
 * that is bound to be refused; the aggregate still has the last word.
 */
public record AvailableActions(boolean documentCheck, boolean startInspection, boolean recordFinding,
                               boolean completeInspection, boolean placeHold, boolean release, boolean cancel,
                               boolean resolvePossibleMatch, boolean decideReexport, boolean recordTransitArrival) {

    static final AvailableActions NONE = new AvailableActions(false, false, false, false, false, false, false, false, false,
            false);

    /**
     * {@code mayAct}: the viewer may act on the consignment at its post; {@code supervises}: the viewer is
     * a supervisor, who alone decides possible re-exports; {@code mayReceive}: the viewer is an officer or
     * supervisor posted somewhere, where transit goods may be presented whatever their office of departure
     * or exit post.
     */
    static AvailableActions of(ConsignmentDetail detail, boolean mayAct, boolean supervises, boolean mayReceive) {
        ConsignmentStatus status = detail.status();
        if (status == ConsignmentStatus.IN_TRANSIT) {
            // On the road: the post in charge may still hold the goods; the arrival is the way forward.
            return new AvailableActions(false, false, false, false, mayAct, false, false, false, false, mayReceive);
        }
        // Held on the road, the goods may still turn up at a border: wherever they do, their arrival is recorded.
        boolean heldOnTheRoad = status == ConsignmentStatus.HELD && detail.transit() != null
                && detail.transit().departed() != null && detail.transit().arrival() == null;
        if (!mayAct || status.isTerminal()) {
            return heldOnTheRoad && mayReceive
                    ? new AvailableActions(false, false, false, false, false, false, false, false, false, true) : NONE;
        }
        boolean holdOpen = detail.holds().stream().anyMatch(AvailableActions::open);
        boolean possibleMatchOpen = !detail.openPossibleMatches().isEmpty();
        boolean reexportOpen = !detail.openReexports().isEmpty();
        return new AvailableActions(RECORD_DOCUMENT_CHECK.allowedIn(status), START_INSPECTION.allowedIn(status),
                RECORD_FINDING.allowedIn(status), COMPLETE_INSPECTION.allowedIn(status), true,
                RELEASE.allowedIn(status) && !holdOpen && !possibleMatchOpen && !reexportOpen,
                detail.inspections().isEmpty() && !holdOpen, possibleMatchOpen, reexportOpen && supervises,
                heldOnTheRoad && mayReceive);
    }

    /** A hold is open until a decision other than a referral to another agency. */
    static boolean open(ConsignmentDetail.Hold hold) {
        return hold.reviews().isEmpty() || hold.reviews().get(hold.reviews().size() - 1).decision() == HoldDecision.REFER;
    }

    /** Whether the action posting to {@code /consignments/{id}/<action>} is offered. */
    public boolean allows(String action) {
        return switch (action) {
            case "document-check" -> documentCheck;
            case "inspection" -> startInspection;
            case "finding" -> recordFinding;
            case "inspection-completion" -> completeInspection;
            case "hold" -> placeHold;
            case "release" -> release;
            case "cancellation" -> cancel;
            case "possible-match-confirmation", "possible-match-dismissal" -> resolvePossibleMatch;
            case ActionForm.REEXPORT_DECISION -> decideReexport;
            case "transit-arrival" -> recordTransitArrival;
            default -> false;
        };
    }

    public boolean any() {
        return documentCheck || startInspection || recordFinding || completeInspection || placeHold || release || cancel
                || resolvePossibleMatch || decideReexport || recordTransitArrival;
    }
}
