package org.borderledger.consignment.api;

import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCREPANCY_FOUND;
import static org.borderledger.consignment.api.ConsignmentStatus.IN_TRANSIT;
import static org.borderledger.consignment.api.ConsignmentStatus.UNDER_INSPECTION;

import java.util.EnumSet;
import java.util.Set;

/**
 * The officers' actions on a consignment that its status allows or not, with the statuses that allow
 * each. The aggregate refuses an action in any other status; the console offers it only in these. Open
 * holds and possible matches decide a release further, as the aggregate says.
 */
public enum ConsignmentAction {
    RECORD_DOCUMENT_CHECK(EnumSet.of(AWAITING_DOCUMENT_CHECK)),
    /** A check may always be tightened into an inspection, before or after the documents, and after a discrepancy. */
    START_INSPECTION(EnumSet.of(AWAITING_INSPECTION, AWAITING_DOCUMENT_CHECK, CLEARED, DISCREPANCY_FOUND)),
    RECORD_FINDING(EnumSet.of(UNDER_INSPECTION)),
    COMPLETE_INSPECTION(EnumSet.of(UNDER_INSPECTION)),
    RELEASE(EnumSet.of(CLEARED)),
    /** At the post where the goods of a movement released for transit are presented, once. */
    RECORD_TRANSIT_ARRIVAL(EnumSet.of(IN_TRANSIT));

    private final Set<ConsignmentStatus> allowedIn;

    ConsignmentAction(Set<ConsignmentStatus> allowedIn) {
        this.allowedIn = allowedIn;
    }

    public boolean allowedIn(ConsignmentStatus status) {
        return allowedIn.contains(status);
    }

    /** The statuses that allow it, in the order of the lifecycle. */
    public Set<ConsignmentStatus> statuses() {
        return EnumSet.copyOf(allowedIn);
    }
}
